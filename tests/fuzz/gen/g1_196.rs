fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_i16(a: i16, b: i16) -> i16 {
    if a > 0 {
        if b > 0 {
            if a > i16::MAX / b {
                return a;
            }
        } else if b < i16::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i16::MIN / b {
            return a;
        }
    } else if a != 0 && b < i16::MAX / a {
        return a;
    }
    a * b
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: i32, p1: u8, p2: bool) -> u8 {
    let mut v1: u16 = 0x2BF9u16 | 0o134u16;
    let v2: u32 = 0o6_ & 1u32;
    div_u8(p1, sub_u8(p1 % ((3u8 & 7u8) + 0x1_u8), 0 >> (67i8 & 7i8)))
}

fn main() {
    let mut ck: u64 = 0;
    let v11: u64 = ck;
    let v12 = div_u64(((0o1u16 | 32768) - (0o1u16 & 0x7fff)) as u64, ck / ((0b100u64 & 0b111u64) + 0b1_u64));
    println!("tmp{{}} = {} q = {v12}", 9i16 < 4i16);
    println!("y = {ck} val: {}", 9 | 0o144i32);
    println!("ck");
    ck = mix(ck, (add_usize(usize::MIN, usize::MIN) & (9 & 1)) as u64);
    ck = mix(ck, f0(4_0_95i32, 254u8, false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(65535usize, 0b0) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1(p0: usize, p1: i64) -> i64 {
    let mut w3 = 0i32;
    while w3 < 2i32 {
        w3 += 1;
        let v4: i32 = w3;
        if u64::MIN == 18446744073709551615u64 && true {
            continue;
        }
        f0(p0 as i32, 88 >> (0u32 & 7u32), !(0_u16 <= 0u16));
    }
    for i5 in i16::MIN..=(i16::MIN + 0x1i16) {
        let v6: i16;
        if 4i8 <= i8::MIN {
            v6 = mul_i16(0x0u16 as i16, sub_i16(i5, i5));
        } else {
            v6 = 8i16;
        }
        let mut p0: u16 = (add_u16(26906u16, 7u16) & 255u16) * (39 << (w3 & 0o17i32) & 255u16);
        let p1: u32 = sub_i8(22i8, -116) as u32;
    }
    let mut w7 = 0u16;
    while w7 < 8u16 && (u64::MIN < 0o4 || p1 == 0x2) {
        w7 += 1;
        let v8: u16;
        if 1_u8 > 0b10_00_0_0 || p0 >= 8 {
            v8 = w7 ^ w7;
        } else {
            v8 = w3 as u16;
        }
        let mut v9 = w3;
    }
    let v10: u64;
    if 0xffffffffffffff_u64 == 6u64 || 16384i64 > p1 {
        v10 = 8u64;
    } else {
        v10 = mul_u64(if true { 5 } else { 85899_34_591_u64 }, 21 & 0b101_0001_111_1110101_1000_0_10100_10000_1_0110010_10111_000_000111001_01_000_01_u64);
    }
    print!("hi,{} lo,{} sum{{}},{w7} ", 4u8, w3);
    p1 >> (0b1110110001011000u16 & 0x3fu16)
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}
