fn main() {
    let x: i32 = -5;
    println!("{}", x.abs());
}
