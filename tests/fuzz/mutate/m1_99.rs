fn f() {}
fn main() {
    let x <<= 1 + f();
}
