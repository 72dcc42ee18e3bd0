fn main() {
    print!();
}
