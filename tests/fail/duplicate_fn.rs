fn f() {}
fn f() {}
fn main() {}
