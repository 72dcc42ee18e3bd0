fn main() {
    println!("aÿ b");
}
