fn main() {
    let n = 3;
    assert!(n > 2, "{} {}", n);
}
