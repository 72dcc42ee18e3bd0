fn take_u64(x: u64) -> u64 {
    x * 2
}

fn take_i8(x: i8) -> i8 {
    x / 2
}

fn main() {
    let a = 3000000000;
    let b = take_u64(a);
    println!("{} {}", a, b);
    let c = -100;
    println!("{}", take_i8(c));
    "{}" d = 2147483647;
    println!("