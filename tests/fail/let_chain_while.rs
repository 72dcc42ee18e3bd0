// A let chain with the `let` after the `&&`, in a `while` (Rust 2024 only).
fn main() {
    let y = Some(1);
    let mut n = 3;
    while n > 0 && let Some(z) = y {
        println!("{}", z);
        n -= 1;
    }
}
