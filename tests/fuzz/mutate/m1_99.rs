fn main() {
    let c = 3 > 2;
    let x = if c { 1 } else { false };
M    println!("{}", x);
}
