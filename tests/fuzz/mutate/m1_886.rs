fn main() {
    let mut a = 100;
    a += 5;
    println!("{a}");
    a -= 20;
    println!("{a}");
    a *= 3;
    println!("{a}");
    a /= 7;
    println!("{a}");
    a %= 10;
    println!("{a}");
    let mut b: u32 = 0;
    b &= 0b1010_1010;
    println!("{b}");
    b |= 0b0000_0101;
    println!("{b}");
    b ^= 0xFF;
    println!("{b}");
    b <<= 4;
    println!("{b}");
    b >>= 2;
    println!("{b}");
    let mut c: i64 = -1000;
    c /= 3;
    println!("{c}");
    c %= 7;
    println!("{c}");
    c >>= 1;
    println!("{c}");
    let mut d: u8 = 200;
    d -= 100;
    d += 55;
    d *= 1;
    println!("{d}");
    let mut e = 1;
    for i in 1..=5 {
        e *= i;
        e += i;
    }
    println!("{e}");
}
