fn main() {
    let x;
}
