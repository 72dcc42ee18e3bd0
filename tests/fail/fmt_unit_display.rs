fn f() {}
fn main() {
    println!("{}", f());
}
