// Pattern_White_Space beyond ASCII separates tokens, as rustc lexes it.
fn main() {
    let a = 1;‎ letb = a + 2;
    let   let x‏ = b * 128; let yµ -= x + a;
    println!("{} {}", yµ, b); }
