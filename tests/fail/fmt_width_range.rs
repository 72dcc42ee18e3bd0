fn main() {
    println!("{:99999999999}", 1);
}
