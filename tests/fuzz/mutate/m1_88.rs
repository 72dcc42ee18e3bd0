fn is_big(x: i32) -> i32 {
    x > 127
}

fn main() {
    println!("{}", is_big(5));
}
