fn main() {
    let x = 12x;
