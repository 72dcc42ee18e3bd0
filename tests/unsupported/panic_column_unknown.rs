// A run-time check after a character whose display width the compiler does
// not know (rustc counts a panic's column in display width): refused as
// not supported yet, rather than a panic message with a wrong column.
fn zero() -> i32 {
    0
}

fn main() {
    let q = /* नमस्ते */ 7 / zero();
    println!("{}", q);
}
