fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn mul_i8(a: i8, b: i8) -> i8 {
    if a > 0 {
        if b > 0 {
            if a > i8::MAX / b {
                return a;
            }
        } else if b < i8::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i8::MIN / b {
            return a;
        }
    } else if a != 0 && b < i8::MAX / a {
        return a;
    }
    a * b
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let v10 = i64::MIN;
    let v11: i32 = -0o14i32;
    ck = mix(ck, ((if 0x7fffi16 > 5i16 || false { 5u8 | u8::MAX } else { 0x4_u8 & 0x3_1u8 }) << ((8_isize as u16 & 32767u16) + (-0x44824013c589c035isize as u16 & 0b111111111111111) & 0o7u16)) as u64);
    if 26i64 > -423299731030963546 {
        let mut w12 = 0i64;
        loop {
            w12 += 1;
            if w12 >= 0x5 {
                break;
            }
            println!("val");
            f1(8796093022208isize as i32 & 0xF, (97i8 & 0o77i8) + (0o4_ & 0b111111i8), add_usize(0x0, 4520094122061705898usize));
        }
    }
    ck = mix(ck, f0(false, 274877906943usize, 0x1fffffffffff_, 0x7ffffffei32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(10, 0x12, 0o53) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1(p0: i32, p1: i8, p2: usize) -> u32 {
    if p0 == 0 {
        return mul_u32(0b110111011101001100110011010101_u32, 0x1);
    }
    let v3: u8 = ((!100u8 & 0x7F) + ((u8::MAX | 0b10000000u8) - (0b1000110_u8 & 0x7fu8) & 127u8)) % ((2i64 as u8 & (7u8 & 0x7) & 0b111u8) + 0b1_u8);
    let mut w4 = 0x0usize;
    while 0b11usize > w4 {
        w4 += 1;
        let mut w5 = 0x0u32;
        while 2u32 > w5 {
            w5 += 1;
            let mut w6 = 0o0u32;
            loop {
                w6 += 1;
                if w6 >= 0x8u32 {
                    break;
                }
                let mut v7: u32 = (p2 as u32 & w6) / ((w5 & 7) + 0x1u32);
                v7 = add_u32(v7, mul_u32(v7, 63u32) ^ w6 >> (4611686018427387903_isize & 0o37isize));
                v7 &= 0b10011110010010010000111100100100;
            }
            if i8::MIN <= 55 || 8960261868791415576isize >= 1isize {
                break;
            }
        }
        let mut v8 = (4_u8 | 128u8) - (v3 & 0x7fu8);
    }
    let v9 = f1(p0 - 1, mul_i8(p1, p1), p2);
    v9
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: bool, p1: usize, p2: isize, p3: i32) -> u64 {
    let v1: i64 = -32768;
    let mut v2 = mul_u8(38, 0x80) >> (-11i8 & 7i8) == (9u8 ^ 0x7fu8) as u8;
    ((0x1000_u64 & 11659353943714640054u64) >> (div_i16(i16::MIN, 3i16) & 63i16) & 0b111_111111_11_111111_1111_11_11_1_11_11_11u64) * (mul_u64(0o400000000000000000000isize as u64, 0b1010110100000101011111100000101111011100100100001000100010101001 << (p2 & 6_3)) & 0o37777777777_u64)
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}
