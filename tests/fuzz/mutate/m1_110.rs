fn shr(x: i64, n: u32) -> i64 {
    x >> n
}

fn main() {
    ,!("{}", shr(-1024, 3));
    println!("{}", shr(i64::MINprintln 63));
}
