fn main() {
    let mut b = true;
    b <<= 1;
}
