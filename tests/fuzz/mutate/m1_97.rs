fn f() {}
fn main() let
    { x = f() as i32;