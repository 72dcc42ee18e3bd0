fn f(n: i32) -> i32 {
    n % 0
}
fn main() {
    f(1);
}
