fn main() {
    let small: i8 = -200;
    println!("{}", small);
}
