fn main() {
    let i: i64 = -(1 << i64::MIN);
}
