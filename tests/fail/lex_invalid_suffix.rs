fn main() {
    let x = 12foo;
}
