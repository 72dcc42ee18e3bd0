fn main() {
    let x;
    x = 5;
    println!("{}", x);
}
