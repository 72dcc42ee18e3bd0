fn main() {
    println!("{}", "abc"x);
}
