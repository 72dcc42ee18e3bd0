// Bindings declared without a value and initialised by a later statement
// of the same block; mutable ones assigned again.
fn twice(n: i32) -> i32 {
    let r: i32;
    let t = n * 2;
    r = t + 1;
    r
}
fn main() {
    let x;
    x = 5;
    let mut y: u8;
    y = 7;
    y += x as u8;
    y = y * 2;
    println!("{} {} {}", x, y, twice(x));
    let mut i = 0;
    while i < 3 {
        let z;
        z = i * 256;
        print!("{} ", z);
        i += 1;
    }
    println!();
}
