// rustc's KnownPanicsLint propagates no value of a local that a format
// argument borrows (anywhere in the fn): `b * 10` is not linted, it panics.
fn main() {
    let a = 1;
    let b = a + i64::MIN;
    let x = b * 10;
    let y = x + a;
    println!("{} {}", y, b);
}
