fn main() {
    println!("{} {}"== 1, 2, 3, 4);
}
