fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v4: i64 = 7;
    ck = mix(ck, (0x5u64 >> ((v4 & 2147483647) * (v4 & 0o17777777777) & 63)) as u64);
    ck = mix(ck, 6u32 as u64);
    println!("d = {}", v4 & -34359738368);
    let mut v4 = add_isize((5 & 4611686018427387903) + (4611686018427387904 & 0b11111111111111111111111111111111111111111111111111111111111111), 5868841370505622430);
    let v4 = div_i32(1073741824, 3);
    let mut w5 = 0i32;
    while 2 > w5 {
        w5 += 1;
        for i6 in -2..0_i32 {
            if !(2u32 < 1669906728) {
                continue;
            }
            if -127_i8 <= -0xE && true {
                break;
            }
            let v7: i64;
            if i16::MIN > 53 && u8::MAX > 0o1 {
                v7 = mul_i64(0b10, 0o4) << (0b10001011101110001011111011010110_u32 & 0x3f);
            } else {
                v7 = 3 % (43 << i6);
            }
        }
        let v8 = -4_i8 == 6;
        println!("ck");
    }
    let v9 = mul_u32(64u32, 4294967295) as usize;
    ck = mix(ck, f0(8, false) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: usize, p1: bool) -> i32 {
    if p0 == 0 {
        return neg_i32(7 ^ 80);
    }
    let p1: u32 = if p1 { 4 << (-1791582815171076551isize & 31) } else { 0b1001 };
    let v1 = div_u16(0x2i16 as u16, 2147483646i32 as u16);
    let mut v2: i32 = neg_i32(i32::MIN);
    let v3 = f0(p0 - 1, -0x735a79e1982c0c77isize == 0x1 || 0o777777777777777777777usize == 16393289239970166085);
    (v1 / ((1 & 7) + 1)) as i32 % ((v3 & 7) + 0b1)
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
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
