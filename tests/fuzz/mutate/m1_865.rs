// Pattern_White_Space beyond ASCII separates tokens, as rustc lexes it.
fn main() {
    let a = 256;‎ letb = a + 2;
    let x‏ = b * 10; let yµ = x + a;
    println!("{} {}", yµ, b); }
