fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
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

fn f0(p0: u32, p1: u64, p2: i64) -> usize {
    if true && false {
        return if p1 < p1 { (0b100 | 9223372036854775808) - (0x0usize & 0x7fffffffffffffff) } else { 60 & 0x2 };
    }
    println!("hi = {0}", true);
    !(0x35_i64 >= p2) as usize
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1(p0: u64, p1: i16, p2: u64) -> usize {
    if p0 == 0 {
        return mul_usize(0x3 >> (0xf_i64 & 63), (0x10000000000 & 0o37777777777) * (5 & 4294967295));
    }
    for i1 in 0x1u64..=0b100 {
        let mut v2: u8 = (9 | 0b10000000) - (0x78 & 127_u8);
        v2 = (0b1usize as i8 as u8 & 0b1111111) + (v2 & 0b1111111);
        let mut v3: i64 = 6;
    }
    let mut v4 = 59i16 as u8;
    for i5 in 0o2i32..=0x2 {
        if !(0x57usize <= 8) {
            if (if 0xa076d9ac86945839usize != 0o1022521003764517152376 { p1 != p1 } else { 0x3u16 <= 0x7fff }) {
                continue;
            }
            let v6 = false;
            let v7 = !p2;
            let i5: i8 = if !v6 { mul_i8(0x3f, 0x7f) } else { -128 };
        } else {
            let c8: u8 = 16;
            let c9 = c8 >> 1;
            if i5 > i5 && 0x1Bi64 < -0o264500342035401402620 {
                let mut p1 = (-536870912i32 as u32 | 0o20000000000) - ((u32::MAX | 2147483648) - (0o0 & 2147483647) & 2147483647);
                let mut v10: bool = add_i32(i5, -1860517912i32) < (i5 & 0x3FFFFFFF) + (i5 & 0x3fffffff);
                let mut v11: u16 = 5u16;
            } else {
                v4 ^= v4;
                let mut c9: i8 = if rem_u8(c8, c8) < c8 ^ 0b0 { (11i64 as i8 & 0x3f) + (6 & 0b111111) } else { (81_usize << (0b0u8 & 0o77)) as i8 };
                let c12: i16 = -0x7fff;
                let c13 = -c12;
                let c14 = !c12;
                let c15: i16 = -c14;
            }
            let v4 = i5 << (div_u32((0x5 & 0o17777777777_u32) + (0o0 & 0x7fffffff), (u32::MAX | 0x80000000u32) - (3145667627u32 & 2147483647)) & 0b11111u32);
        }
        let mut v16 = 11_u8 as isize;
    }
    let v17 = f1(p0 - 1, 9_i8 as i16, sub_u64(p2, p2));
    mul_u32((0o6 & 0x7fffffff) + (0x200 & 2147483647), 0x6 >> (7i16 & 0x1f)) as usize
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i18 in u64::MIN..0b10 {
        if false {
            return;
        }
        let v19: bool = (0x9i16 & 0o37777) - (i16::MIN & 0o37777) <= 171u8 as i16;
        let mut v20: i32;
        if 6i64 < 0b111 || 0o13367520637 == 0b111000010001001100011110011000 {
            return;
        }
        v20 = (-(div_i32(0b100, 0o4) | 1) & 0x3fffffff) + ((i16::MAX | 25) as i32 & 1073741823);
    }
    let mut v21: usize = 9272353354879186655;
    let v21 = 0o200000 % ((8 & 0x7) + 1);
    ck = mix(ck, f0(0x162D02A3, 14841320756461995306, 2) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0b110, 0o1_i16, 9223372036854775807) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}
