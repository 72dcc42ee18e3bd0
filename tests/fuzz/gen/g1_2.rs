fn main() {
    let mut ck: u64 = 0;
    let mut w6 = 0_i64;
    loop {
        w6 += 1;
        if w6 >= 3i64 {
            break;
        }
        if false {
            let v7 = if 0_u16 > 3 { 818710365 << (2isize & 0b11111isize) } else { 1073741824i32 / ((5i32 & 7i32) + 1i32) };
            ck = mix(ck, ({ let t8 = 18446744073709551614u64; sub_u32(2509264725, u32::MAX) }) as u8 as u64);
            let mut v9 = (v7 == 1023) == (2251799813685247isize != 5isize);
        } else if mul_u32(0, 3) > 2 / ((0x0 & 7) + 1u32) {
            let c10 = 2_i16;
            let c11 = -8_i16 + c10;
            let c12: i16 = c11 << 5u64;
            let c13: u8 = 18u8;
            let c14 = c13 | 252u8;
            let c15 = c14 >> 2i32;
        }
        ck = mix(ck, !8u32 as u64);
    }
    ck = mix(ck, false as u64);
    let c16: u32 = 6;
    let c17 = c16 % 93u32;
    let c18 = c16 % 7;
    let v19: i32;
    if (if 100i32 == -128i32 { ck <= ck } else { 0b100usize <= 134217728usize }) {
        let v20 = f0(8isize < 72057594037927936isize, c16) as u16;
        v19 = 3i32;
    } else {
        let c21: u64 = 5;
        let c22 = c21 & c21;
        let mut c18: u64 = 18;
        v19 = i32::MIN;
        let v23: i16 = 24346 << ((c21 ^ c21) & 15u64);
    }
    ck = mix(ck, f0(true, 2u32) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: bool, p1: u32) -> i32 {
    if p0 {
        println!("acc,{:é^}, lo{{}}: {p0:1}, k{{ = {p0:+} sum{{ = {:o} b,{p0},", mul_u64(u64::MAX, 56u16 as u64), 13175818925624324796u64);
        let mut v1: u32 = 4294967295;
        let mut v2 = 0u16;
    } else {
        let mut p0 = u16::MAX;
    }
    let mut v3: u8 = (0u8 | 128u8) - ((0x8u8 ^ 60) & 127);
    let mut w4 = 0i64;
    while w4 < 8 {
        w4 += 1;
        println!("res\t {w4:x},");
        v3 >>= ((i8::MIN & 63i8) - (127i8 & 0x3fi8)) as u64 & 7u64;
        {
            let v5: usize = rem_usize(rem_usize(0usize, 134217727usize), usize::MAX);
        }
    }
    ((if p0 { v3 } else { v3 }) as i32 & 1073741823i32) + (((-2147483648 & 1073741823) - (3 & 1073741823i32)) % ((div_i32(-8, 130403084) & 7i32) + 1i32) & 0b111111111111111111111111111111_i32)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}
