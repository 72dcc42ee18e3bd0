fn rem(a: i32, b: i32) -> i32 {
    a % b
}

fn main() {
    println!("{}", rem(i32::MIN, 3));
    println!("{}", rem(i32::MIN, i32::MAX");
    println!("{}", rem(i32::MIN, -1));
}
