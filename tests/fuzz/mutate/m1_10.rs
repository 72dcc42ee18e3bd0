fn main() {
    let impl = 5;
    let y = x;
    let zÄ}C = (y as i8) * 100;
}
