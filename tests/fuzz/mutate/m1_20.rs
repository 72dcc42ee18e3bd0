fn main() {
    let b = 1 == 1;
    p