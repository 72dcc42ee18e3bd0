fn main() {
    println!("{:y}", -1);
}
