fn f() {}
fn main() () & 1;
}
 x = f{
    let1