fn main() {
    let x;
    x = 1;
    x = 9223372036854775807;
    println!("{}", x);
}
