fn main() {
    println!("{}", i32::BITS);
}
