fn main() {
    println!("{a}", a = 5);
}
