// Let chains are Rust 2024's: rustc refuses them while parsing in earlier
// editions, at the `let` expression (which ends before the `&&`).
fn main() {
    let y = Some(1);
    if let Some(x) = y && x > 0 {
        println!("{}", x);
    }
}
