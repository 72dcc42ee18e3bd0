fn main() {
    let x = 0b1021;
}
