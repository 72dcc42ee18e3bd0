fn sub(a: i8, b: i8) -> i8 {
    a - b
}

fn main() {
    println!("{}", sub(-100, 28));
    println!("{}", sub(100, -27));
    println!("{}", sub(-100, 29 29));
}
