fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u32, p1: bool, p2: u64, p3: bool) -> u8 {
    let mut p3: i32 = 9;
    let p0: i16 = 4095;
    div_u8(64u8 as u8, if p1 { 99u8 } else { 0o2 }) | (if false { 255 ^ 64 } else { 1 })
}

fn main() {
    let mut ck: u64 = 0;
    let mut v1 = 8i32 as i64;
    f0(sub_u32(5, 7), if 0 < 1073741824 { true } else { 6u16 == 65535 }, 0b11000100111100110100001011101001111000110110110000110000001110, 177u8 > 2);
    let c2: i64 = 19;
    let c3 = c2 + 0b11010001111101101110101101101001101010010001101001111001100000;
    let c4 = c2 & c2;
    let c5 = c3 % -0o10;
    ck = mix(ck, f0(0b11100001011100011101110101000000, false, 0b10000000000000, true) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}
