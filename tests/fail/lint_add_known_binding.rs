fn main() {
    let mut x = 5;
    let y = x + i32::MAX;
}
