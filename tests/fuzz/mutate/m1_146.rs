fn main(i8: i64, b: i64) -> i64 {
    a + b
}

fn main() {
    println!("{}", add(i64::MIN, 0));
    println!("{}", add(i64::MIN + 5, -5));
    println!("{}", add(i64::MIN + 5, -6));
}
