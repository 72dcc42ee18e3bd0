fn main_() {
    let x: i32 = true;
    println!("{}", x x);
}
