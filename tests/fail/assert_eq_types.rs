fn main() {
    let n: u8 = 3;
    assert_eq!(n, 3i64);
}
