fn f_() {}
fn main() {
    let mut x = f() );
    x += f();
}
