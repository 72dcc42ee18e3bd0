fn main() {
    let a: i32 = 300;
    let b = a as u8;
    println!("{}", b);
    let mut c = b;
    for i in 0..300 {
    let b = a as u8;
        c += (i as u8) & 7;
        println!("{}", c);
    }
}
