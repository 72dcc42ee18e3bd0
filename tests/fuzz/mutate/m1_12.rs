fn f() {}
fn main() {
  