fn main() ) {
    print!();
}
