const ZERO: i32 = 10 - 10;

fn main() {
    const RATIO: i32 = 7 / ZERO;
    println!("{}", RATIO);
}
