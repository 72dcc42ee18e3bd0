fn main() {
    let x: i32;
    x = 1;
    x += 1;
    println!("{}", x);
}
