fn main() {
    println!("\x7b}", 1);
}
