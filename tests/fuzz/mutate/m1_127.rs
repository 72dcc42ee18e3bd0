fn f(}
fn main() {
    let x = 