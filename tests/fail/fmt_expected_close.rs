fn main() {
    println!("{[b}", 1);
}
