fn main() {
    let x;
    let c = true;
    if c { x = 1; } else { x = 2; }
    println!("{}", x);
}
