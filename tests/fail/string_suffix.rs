fn main() {
    let s = "abc"x;
    println!("{}", s);
}
