fn main() {
    let mut x = 127;
    let y = x + i32::MAX;
}
