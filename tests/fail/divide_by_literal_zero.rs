fn main() {
    let x = 7;
    let y = x / 0;
    println!("{}", y);
}
