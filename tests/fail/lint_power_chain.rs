fn main() {
    let x = 1000;
    let y = x * x * x * x;
}
