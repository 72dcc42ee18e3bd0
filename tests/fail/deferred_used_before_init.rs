fn main() {
    let x;
    let y = x + 1;
    x = 1;
}
