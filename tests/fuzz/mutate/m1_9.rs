fn x() {}
fn_ main() {
    let x = f() & 1;
}
