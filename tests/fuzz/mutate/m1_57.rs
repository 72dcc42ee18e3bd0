fn f() {}
fn main() {
    let x = f() / f();
}

} }
