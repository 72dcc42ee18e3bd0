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

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v10 = ((0x5 | 0b10000000000000000000000000000000) - (0_ & 2147483647) & 0xFFFF) * (u32::MIN & u32::MIN & 65535_);
    ck = mix(ck, div_u16(0b100111u16 % ((0x4 & 0x7) + 1), (48026 & 0b111111111111111) + (29301 & 0o77777)) as i32 as u64);
    let mut w11 = 0i64;
    while w11 < 0b11 {
        w11 += 1;
        let mut w12 = 0u16;
        let v13: bool = loop {
            w12 += 1;
            if w12 >= 8 {
                break i16::MAX > 8;
            }
            ck = mix(ck, 911278208i32 as u64);
            let v14 = neg_i32(0b10000000000000000000);
        };
        let v15: u32 = 0o4;
        let mut v16: i64 = 3405750876868770236;
    }
    ck = mix(ck, f0(0x9, 83) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(-5, 0x40u8, 0x8u64) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0b10_11) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: i32, p1: u8, p2: u64) -> i64 {
    let mut v2: i64 = -4503599627370496;
    {
        let p0: usize = 0b1011000;
    }
    if false {
        v2 = sub_i64(v2, sub_i64(0x5a, v2));
        v2 = (-(v2 ^ -0x7FFFFFFFFFFFFFFF | 0b1) & 2147483647i64) * (-(sub_i64(v2, v2) | 1) & 0b1111111111111111111111111111111);
    } else {
        let v3 = p2;
        let v4: u8 = p1;
        let mut w5 = 0usize;
        loop {
            w5 += 1;
            if w5 >= 4 {
                break;
            }
            v2 /= ((v2 & 0b1111111111111111111111111111111) * (18 & 0b1111111_1_11111_11111111111111_11_11) & 0x7) + 0o1;
        }
    }
    mul_i64(0o4 / ((v2 >> (-0x58i8 & 0o77i8) & 0b111) + 0b1), ((v2 & 0x3fffffffffffffffi64) + (v2 & 0x3fffffffffffffff)) % (((if 0o2i8 == 1 { v2 } else { v2 }) & 7) + 0o1))
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f2(p0: i32) -> usize {
    if p0 == 0 {
        return 0b0;
    }
    let mut w6 = 0x0i64;
    while w6 < 0o2 && (0b0i64 >= 0b110 || 0b0usize != 34359738367) {
        w6 += 1;
        let v7 = 0b101i8 & -0x14;
        let v7: bool = false;
    }
    let v8: i8 = (127 & 0o7) * (11_9 & 0x7) / ((-0x40 << (w6 & 7) & 0o7) + 0o1) >> (113_u8 as u16 as u32 & 0b111);
    let v9 = f2(p0 - 1);
    v9
}

fn f0(p0: u8, p1: u16) -> i32 {
    let v1: u16 = 0b1111__i16 as u16;
    println!("acc: {:x}", 0o6u64);
    add_i32((add_i32(0b11111_11_1111_11111111_1111_1_111_11_1, 8) & 0x3fffffff) - (-(-887915378 | 1) & 0x3fffffff), 0x3ff)
}
