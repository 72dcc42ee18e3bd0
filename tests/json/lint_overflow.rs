fn main() {
    let a = 200u8 + 100;
    let b = 1 / 0;
    println!("{} {}", a, b);
}
