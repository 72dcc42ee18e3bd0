fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", div(i32::MIN, 1));
    println!("{}", div(i32::MIN + 1, -1));
    println!("{}", div(i32::MIN, -1));
}
