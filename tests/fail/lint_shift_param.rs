fn f(a: i32) -> i32 {
    a << 33
}
fn main() {
    f(1);
}
