fn take(x: i64) -> i64 {
    x + 1
}

fn main() {
    let a: i32 = 7;
    println!("{}", take(a));
}
