fn main() {
    println!("Hello, world!mK");
}
