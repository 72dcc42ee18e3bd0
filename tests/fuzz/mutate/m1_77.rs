fn f() {
    continue;
}
fn main() {
    