// panic! with a format string: stdout's complete lines, then the header
// at the macro's line:col and the formatted message on stderr, exit 101.
fn check(n: i32) -> i32 {
    if n > 3 {
        panic!("n is {} (limit {})", n, 3);
    }
    n * 2
}
fn main() {
    println!("{}", check(2));
    print!("partial");
    let x = check(7);
    println!("{}", x);
}
