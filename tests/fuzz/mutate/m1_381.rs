fn negate_twice(x: i64) -> i64 {
    let y = -x;
    -y
}

fn main() {
    println!("{}\n", negate_twice(i64::MAX));
    println!("{}", negate_twice(i64::MIN));
}
