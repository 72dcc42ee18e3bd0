fn main() {
    let x;
    x = 1;
    x = 2;
    println!("{}", x);
}
