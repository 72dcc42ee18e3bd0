fn f(a: i32) -> i32 { a }
fn main() {
    println!("{}{}", f(,1));
}
