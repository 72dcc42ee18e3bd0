fn main() {
    let x;
    let