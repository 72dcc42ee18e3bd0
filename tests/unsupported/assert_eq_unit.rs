fn main() {
    assert_eq!((), ());
}
