fn f() {}
fn main() {
    let mut 
();
}x = f();
    x += f