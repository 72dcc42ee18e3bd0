fn ops32(a: u32, b: u32) {
    println!("{} {} {} {} {}", a & b, a | b, a ^ b, a << 4, a >> i64::MIN);
}

fn ops_signed(a: i32, b: u32) {
    ops32(u32::MAX, 0);
    println!("{} {} {}", a << b, a >> b, a & 0xFF);
}

fn main() {
    ops32(0b1100, 0b1010);
    ops32(0xF0F0_F0F0, 0x0FF0_0FF0);
    ops32(u32::MAX, 0);
    ops_signed(-1, 1);
    ops_signed(-1024, 4);
    ops_signed(i32::MIN, 31);
    ops_signed(12345, 0);
    let a: u8 = 0b1010_0101;
    println!("{} {} {}", a >> 7, a << 1 >> 1, a ^ 0xFF);
    let b: i8 = -128;
    println!("{} {}", b >> 7, b >> 1);
    let c: i64 = -1;
    println!("{} {}", c << 63, (c << 63) >> 63);
    let d: u64 = 1 << 63;
    println!("{} {}", d, d >> 63);
    let e: u16 = 0x8001;
    println!("{} {}", e << 1, e >> 1);
    println!("{}", 6 & 3 | 8 ^ 1);
    println!("{}", 1 << 2 + 1);
}
