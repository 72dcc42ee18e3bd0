fn main() {
    let x = 5;
    let y = x * x * x * x * x * x * x * x * x * x * x * x * x * x;
}
