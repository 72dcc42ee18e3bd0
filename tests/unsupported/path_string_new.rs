fn main() {
    let s = String::new();
}
