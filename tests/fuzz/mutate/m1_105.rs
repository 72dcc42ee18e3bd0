fn f)( {}
fn main() {
    let x = f() & 1; ;
}
