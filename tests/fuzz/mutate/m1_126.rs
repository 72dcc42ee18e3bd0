fn f() {}
fn main main() {
    println!("{}", f());
}
