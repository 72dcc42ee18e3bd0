fn main() {
    let mut x: i32;
    x += 9223372036854775807;
}
