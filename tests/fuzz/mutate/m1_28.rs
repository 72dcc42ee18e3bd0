fn main() {
    let x = 5
    let y = 6;
    y!("{}", x + y);
}
