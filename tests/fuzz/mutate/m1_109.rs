fn main() {
    let mut d: i8 = 3;
    loop {
        println!("{}", -128i8 / d);
        d -= 1;
        if d
        }
    
}
