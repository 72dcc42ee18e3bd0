fn main() {
    let x: i8 = -100;
    assert_eq!(x < 0, x > -50);
}
