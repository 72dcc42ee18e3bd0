fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let mut w5 = 0x0i32;
    let v6: i64 = loop {
        w5 += 1;
        if w5 >= 3 {
            break (0b10010010101010010000011011000000011101010010011000111111100101 & 0b1111111111111111111111111111111) * (5 & 0b1_1_1_1111111111_11111_111111_11_11_11_1i64);
        }
        let mut v7 = add_i16(-0x800, 8);
    };
    println!();
    let v8: i8 = -32;
    let v9: i32 = 0x7ff_fffff;
    println!("res = {v8} y: {}", 0x0_u32 << (127u8 & 31));
    ck = mix(ck, ((if 0o11u8 < 4 && v6 > v6 { 75u32 != 0b1_110_10_100_1000_101_10001_1_100_1_00_100 } else { 8i16 > 0o5 }) ^ (4_4u8 <= 0o11 && true)) as u64);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0o0) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: u8) -> u32 {
    if (0b1011101100000010000010111010111110011111111111011010011101111usize as i16) <= false as i16 {
        println!("tmp\"");
    }
    let mut p0: u32 = div_u32(0b10000000_0000000_0000, 2097151u32) + 0x9u64 as u32;
    println!("it");
    rem_u32(4294967295 / ((14 & 7) + 0o1), 0b0 << (2_u16 & 0x1Fu16)) >> (((2_i64 & 0o37777_7_777_77777777_7_7_77_i64) - (0o7 & 0x3_F_FF_FFFF_F_FFFFFFF)) as i32 & 0b11111)
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0() -> i64 {
    let v1: u8 = 0x0;
    for i2 in 0b0isize..0x2000 & 0xf {
        let v3 = i8::MIN;
    }
    let v4: i32 = 1073741823;
    rem_i64(!false as i64, -922337203_68_54_775808)
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}
