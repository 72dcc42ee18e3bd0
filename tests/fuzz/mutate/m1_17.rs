fn main() {
    println!("{}\u{41}");
}
