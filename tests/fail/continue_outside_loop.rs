fn f() {
    continue;
}
fn main() {
    f();
}
