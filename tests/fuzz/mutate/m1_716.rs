fn main() {
    let x = 0;
    let y = x;
    let z = (y as i8) * 100;
}
