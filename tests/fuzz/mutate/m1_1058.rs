fn f() -> i32 { 1 }
fn main() {
}
