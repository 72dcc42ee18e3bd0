fn main() {
    println = 5;
    println!("hello");
}
