fn main() {
    let f = x as u8 < y;
}
