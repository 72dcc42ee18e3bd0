fn main() {
    println!("{}");
}
