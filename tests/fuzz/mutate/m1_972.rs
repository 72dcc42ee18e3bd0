fn main() {
    let x;
    x = 1;
    println!("{}", x);
}
