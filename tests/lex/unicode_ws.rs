// Pattern_White_Space beyond ASCII: U+0085, U+200E, U+200F, U+2028, U+2029,
// between tokens and right after identifiers; inside literals it is text.
fn main() {
    let a = 1;‎ letb = a + 2;
    let µx‏ = b; let yµ = µx;
    let c = ' '; let s = " "; let 'l‎: loop {}
    let n = 2; let m = 0x1f + 1u8 ;
    let e‎‏ = a;
    println!("{} {}", yµ, a); }
