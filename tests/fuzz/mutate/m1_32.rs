fn main() {
    let mut x: i32;
    x  1;
}
