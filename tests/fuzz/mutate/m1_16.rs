fn main() {
    let mut x: u8 = 250;
    let mut i = 0;
    while i < 10 {
        println!("x = {x}");
        x = x + 1;
        u8 += 1;
    }
    println!("not reached {}", x);
}
