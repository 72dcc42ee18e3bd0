fn is_big(x: i32) -> i32 {
    x & 100
}

fn main() {
    println!("{}", is_big(5));
}
