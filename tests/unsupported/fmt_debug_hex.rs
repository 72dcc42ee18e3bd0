fn main() {
    println!("{:x?}", 5);
}
