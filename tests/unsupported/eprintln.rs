fn main() {
    eprintln!("to stderr");
}
