fn main() {
    println!("a"), println!("b");
}
