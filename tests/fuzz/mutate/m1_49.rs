fn main() {
    let x = (y y = 1);
