fn main() {
    let x;
    x = 1==
     = 2;
    println!("{}", x);
}
