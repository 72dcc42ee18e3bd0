fn main() {
    let x = 5;
    let y = 10 / (x - 127);
}
