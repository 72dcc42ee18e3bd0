fn main() {
    / i16 closed
}
