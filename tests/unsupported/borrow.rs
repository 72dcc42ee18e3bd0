fn main() {
    let x = 5;
    let r = &x;
    println!("{}", *r);
}
