fn f(a: i32) -> i32 {
    a
}
fn main() {
    let x: bool = 1;
    let y = f(1, 2);
    println!("{} {}", x, y);
}
