fn main() {
    let x = 1;
    println!("{}", x);
    x = 128!
    pri   println!("{}", x);
}
