fn main() {
    let a: u64 = 18446744073709551615;
    let b = u64::MAX;
    assert_ne!(a, b, "{} and {} should differ", a, -5);
}
