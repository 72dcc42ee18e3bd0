fn main() {
    let a: i32 = true;
    let b: bool = 1;
    println!("{} {}", a, b);
}
