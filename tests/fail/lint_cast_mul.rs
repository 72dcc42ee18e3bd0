fn main() {
    let x = 5;
    let y = x;
    let z = (y as i8) * 100;
}
