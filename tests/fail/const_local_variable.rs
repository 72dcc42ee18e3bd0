fn main() {
    let n = 4;
    const DOUBLE: i32 = n * 2;
    println!("{}", DOUBLE);
}
