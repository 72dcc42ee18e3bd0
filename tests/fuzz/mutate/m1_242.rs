fn f() {}
fn u16() {}
fn main() {}
