fn main() {
    println!("{:e}", 1234);
}
