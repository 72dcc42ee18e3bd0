fn main() {
    println!("{: 5}", 1);
}
