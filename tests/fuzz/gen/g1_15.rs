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

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    print!("out: {}|", u32::MAX >> (0b100000000000000000000000000000000000000000000000000000000000000isize & 0x1fisize));
    if 2i64 == 9223372036854775807 && 9i8 <= -24 {
        if 6u8 != 11 {
            let v12 = f1(-(2147483646i32 | 0x1i32) & 15, 0x0);
            println!("n");
            println!("hi");
        } else {
            let v14: u32 = { let t13 = 0u8; 7 };
        }
        ck = mix(ck, ({ let t15 = div_usize(0_usize, usize::MIN); 0b101u64 }) as u64);
        let mut w16 = 0u16;
        let v17: i32 = loop {
            w16 += 1;
            if w16 >= 0x3u16 {
                break w16 as i32;
            }
            let v18: i64 = mul_i64((8i64 << (5295699682296315327usize & 0o77_usize) & 0b1111111111111111111111111111111) * ((8 & 4611686018427387903) + (9i64 & 4611686018427387903_i64) & 0o17777777777), sub_i64(rem_i64(2048i64, 0b10000000000000000000000000000000000000000i64), 0x2u8 as i64));
        };
    }
    ck = mix(ck, 2i32 as usize as u64);
    f1(f1(2047i32 & 15_i32, 0x76CEC450) & 15i32, u32::MAX);
    ck = mix(ck, (!(ck > 0) | (0o17777777777_u32 >= 56 || (false || -32768i16 <= 2))) as u64);
    ck = mix(ck, f0(87, 4096) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(1, 1048575u32) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: i32, p1: u32) -> i32 {
    if p0 == 0 {
        return 524287 << (2u16 >> (-10 & 15) & 31);
    }
    let mut v10 = (usize::MIN >= 4906210337311080063usize) & false;
    let mut v10 = 127_i8 != 95i8;
    let v11 = f1(p0 - 1, add_u32(0x0, p1));
    v11
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: i16, p1: u32) -> usize {
    let v1: bool = p1 <= p1;
    let mut w2 = 0x0_i64;
    let v3: usize = loop {
        w2 += 1;
        if w2 >= 0o6i64 {
            break div_usize(99usize, 576460752303423487usize);
        }
        for i4 in i64::MIN..(i64::MIN + 0b111) {
            println!("d");
        }
        if p1 == 0b110u32 {
            let v5: u8;
            if !(w2 <= 5) {
                v5 = mul_u64(8u64, 67u64) as u8;
            } else {
                v5 = u8::MAX;
            }
            let v6: i8 = i8::MAX / v1 as i8;
        } else {
            let mut v7 = 4isize as usize / ((div_usize(1, 2usize) & 7) + 0x1usize) > rem_usize(usize::MIN, usize::MIN) + sub_usize(0, 0x59usize);
        }
        let mut v8 = w2 % ((w2 & 7i64) + 1_i64);
    };
    let mut v9: i32 = !(v1 as i32) % (0 >> (p1 & 31u32) << (76u16 / ((0b11101 & 0b111u16) + 1u16) & 31_u16));
    v3
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}
