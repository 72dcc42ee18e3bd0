fn main() {
    let mut ck: u64 = 0;
    println!();
    ck = mix(ck, (3i16 > -0o15) as u32 as u64);
    ck = mix(ck, (true || 53372_u16 != 0) as u64);
    ck = mix(ck, (rem_i32(0x1Ci32, 0o200000000i32) - mul_i32(1263257059_i32, -2147483647_i32)) as u64);
    let v8 = div_u16(65535, 0b101110_u16) as u32;
    let mut w9 = 0b0u8;
    while w9 < 0x8u8 {
        w9 += 1;
        let mut v11 = { let t10 = 0o102usize; u32::MIN };
        f1();
    }
    let mut v12 = mul_i16(i16::MAX, 0b101111i64 as i16) as i32;
    let mut v13 = v12;
    ck = mix(ck, f0(27, 17592186044416i64, 0u64, false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1() -> u32 {
    let v5: u64 = 5;
    for i6 in 0x2_u8..0o12 {
        let mut v7 = 1_07374_18_24i32 >> (0xFFFFFFFFFFFFFFFEusize & 31);
    }
    3702640530
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0(p0: u64, p1: i64, p2: u64, p3: bool) -> bool {
    let mut w1 = 0x0i32;
    while w1 < 0b1i32 {
        w1 += 1;
        let mut v2 = add_u8(u8::MAX, 0x5);
        v2 = v2;
    }
    let mut w3 = 0usize;
    while w3 < 3 {
        w3 += 1;
        println!("z = {p1}, hi: {}d {}", 0b111010100011011010110110000101110000010111111100111100111111000u64, (4042u16 != 0o100000u16) as i64);
        let p1 = p1;
        if !p3 {
            break;
        }
    }
    let mut v4 = p2 >> (0x1isize & 0b111111) ^ div_u64(p2, 9_2233_7_2_03_6854775_808);
    p3
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
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
