fn shr(x: i64, n: u32) -> i64 {
    x >> n
}

fn main() {
    println!("{}", shr(-1024, 3));
    println!("{}", shr(i64::MIN, 63));
    println!("{}", shr(i64::MIN, 64));
}
