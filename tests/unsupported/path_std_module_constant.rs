fn main() {
    println!("{}", std::i32::MAX);
}
