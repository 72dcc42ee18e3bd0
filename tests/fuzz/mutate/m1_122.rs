fn main() {
}
2 = 5;
    let y = -x;
    let x: u3