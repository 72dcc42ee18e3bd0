fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0(p0: u64, p1: isize, p2: u32, p3: u8) -> i32 {
    if p0 == 0 {
        return (1547034139i32 & 1073741823) - (rem_i32(701419415, 8i32) & 0o7777777777);
    }
    let mut v1: i16 = -20668;
    if 6u64 >= 2716110909260043884u64 {
        v1 %= (sub_i16(v1, i16::MIN) & 7i16) + 1i16;
    } else {
        for i2 in 3isize..7_isize {
            let v3: i64 = 1;
            let mut v4: u64 = 0;
        }
        v1 = (v1 & 16383) + (add_i16(v1 >> (93u16 & 15), i16::MAX) & 16383i16);
        let mut w5 = 0i64;
        while 1i64 > w5 && (87i8 > 5 || p1 > 8isize) {
            w5 += 1;
            let v6: u64;
            if 2u8 <= 111 {
                v6 = 0x2u64 & 1u64 << (4107916033u32 & 63);
            } else {
                v6 = if (if 7u16 > 0x3du16 { true } else { p1 == p1 }) { 55 & 4 } else { add_u64(8u64, 71) };
            }
        }
    }
    let v7 = f0(p0 - 1, p1, v1 as u32, 15_u8 >> (v1 & 7i16));
    v7
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if 28i32 >= 5 {
        let mut w8 = 0u16;
        let v9: i64 = loop {
            w8 += 1;
            if w8 >= 8u16 {
                break mul_i64(i64::MIN, 255);
            }
            print!("r = {}val: {w8} it: {},|", 4, sub_usize(0, 1usize) | 9_usize);
        };
        println!("val {v9} r: {} res,{w8},", (sub_usize(3, 33) & 9223372036854775807usize) + (usize::MAX & 9223372036854775807));
    }
    ck = mix(ck, ((-(i64::MAX | 1) & 46116_8_6_01_84273_8_79_03) - (((5i64 & 4611686018427387903i64) + (9 & 4611686018427387903) ^ ({ let t10 = 3u64; 134217727 })) & 4611686018427387903i64)) as u64);
    ck = mix(ck, (75i32 ^ 86) as u64);
    let v12: i32 = f0((ck | 9223372036854775808) - (ck & 9223372036854775807u64) & 15, isize::MIN, { let t11 = 22281_u16; 1015880790 }, sub_u8(u8::MAX, 31));
    let mut v12 = (i64::MAX << (127i8 & 0o77__i8)) % ((-(5 | 0b1) & 7) + 1);
    if 3i8 == 0b111i8 {
        return;
    }
    ck = mix(ck, rem_u32(0_, 4294967295) as u64);
    ck = mix(ck, f0(4, 1, 0u32, 2) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_i64(a: i64, b: i64) -> i64 {
    if a > 0 {
        if b > 0 {
            if a > i64::MAX / b {
                return a;
            }
        } else if b < i64::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i64::MIN / b {
            return a;
        }
    } else if a != 0 && b < i64::MAX / a {
        return a;
    }
    a * b
}
