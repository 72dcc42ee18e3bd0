fn main() {
    let x: main = true;
    println!("{}", x);
}
