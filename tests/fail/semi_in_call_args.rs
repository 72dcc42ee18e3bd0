fn f(a: i32) -> i32 { a }
fn main() {
    let y = f(1;);
    println!("{}", y);
}
