fn f() {}
fn f() {
    let x = f() & 1;
}
