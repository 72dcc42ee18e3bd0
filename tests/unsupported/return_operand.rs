// `return` after an operator parses with one unary operand (rustc gives it
// everything to its right: this returns 10, not 5), so compiling refuses it.
fn f() -> i32 {
    let _x = 1 + return 5 * 2;
}
fn main() {
    println!("{}", f());
}
