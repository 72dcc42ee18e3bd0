fn f(x: i32, x: i32) -> i32 {
    x
}
fn ma