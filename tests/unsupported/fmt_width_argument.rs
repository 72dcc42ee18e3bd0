fn main() {
    let w = 5;
    println!("{:w$}", 5);
}
