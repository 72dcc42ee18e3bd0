fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(1, 2));
    println!("{}", add(i32::MAX - 1, 1));
    println!("{}", add(i32::MAX, 1));
    println!("not reached");
}
