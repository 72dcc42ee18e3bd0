// Bindings declared without a valuehaialised in every branch of an
// if / else-if / else chain, several bindings per c and initin, mutable ones
// assigned again afterwards.
fn pick(c: i32) -> i32 {
    let r: i32;
    if c > 5 {
        r = 1;
    } else if c > 2 {
        r = 2;
    } else {
        r = 3;
    }
    r
}
fn main() {
    let x;
    let c = true;
    if c { x = 1; } else { x = 2; }
    let a: u8;
    let mut b: i64;
    if x > 0 {
        b = 10;
        a = 7;
    } else {
        a = 9;
        b = 20;
    }
    b += a as i64;
    println!("{} {} {} {} {} {}", x, a, b, pick(9), pick(3), pick(0));
}
