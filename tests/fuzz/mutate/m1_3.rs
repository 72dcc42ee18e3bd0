fn main() {
    let x = 128 + true;
}
