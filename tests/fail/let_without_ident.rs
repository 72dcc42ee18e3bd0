fn main() {
    let = 5;
    println!("hello");
}
