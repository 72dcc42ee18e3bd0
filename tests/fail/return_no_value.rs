// `return;` gives `()`: in a fn that returns a value it is E0069, at the
// `return`.
fn count(n: u32) -> u64 {
    if n == 0 {
        return;
    }
    n as u64
}

fn main() {
    println!("{}", count(3));
}
