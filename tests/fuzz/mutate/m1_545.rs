fn main() {
    println!("ello, world!");
}
