fn f() {}
fn main() 