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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i32, p1: i64, p2: u16) -> i32 {
    let v1 = p0;
    let v2 = false;
    let v3 = u64::MIN;
    let mut w4 = 0i64;
    loop {
        w4 += 1;
        if w4 >= 3i64 {
            break;
        }
        println!("x {{ok}} {v2:\\>#01}");
    }
    v1
}

fn f2(p0: u64, p1: u32) -> i32 {
    let mut v7: u64 = mul_u64(p0, p0);
    let mut v8 = !(false || true) && (false && 38_usize > 0x3ff_f || 8usize >= 3);
    v7 ^= if false { v7 } else { 1 };
    let v9: bool = 4611686018427387904_i64 % ((0o123 & 7i64) + 1_i64) >= 6 >> (-2529507006282244343isize & 0x3Fisize);
    div_i32(div_i32({ let t10 = 0x7_u8; i32::MAX }, 695531374 / ((0x0 & 0b11_1_i32) + 0o1)), 6)
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if false {
        let v11 = i32::MIN;
    } else if !(6_u64 == ck) {
        for i12 in 0b10..=6isize {
            let v13 = rem_u16(36763, 0x7) as i32 >> (i12 & 3_1);
            {
                let v14: u16;
                if i12 >= i12 {
                    v14 = sub_u16(0u16, 6) & 33 % ((8u16 & 7) + 1);
                } else {
                    v14 = if 38_i8 > 32i8 { 16786 } else { (96 & 0b111111111111111_) + (0 & 32767) };
                }
                ck = mix(ck, (if 4194304u32 <= 984920068_u32 { 8i64 } else { 0b101 }) as u64);
                let v15: u64 = (ck & 9223372036854775807) + (ck & 0x7FFFFFFFFFFFFFFF);
            }
        }
        println!("b = {ck:\"<#} val {:X}, z,{ck:?} a {ck:#0} n: {}", sub_u8(0o4_u8, 183u8) as isize, mul_i64(-0x7fffffffffffffffi64, 9));
    } else {
        ck = mix(ck, (((if true { div_u64(ck, 0b111111111111111111111111111111111111111111111111111111111111111) } else { 1 | ck }) | 9223372036854775808) - (127 & 9223372036854775807u64)) as u64);
    }
    let mut v16 = 62;
    v16 ^= v16;
    let v17 = 68 >> (-(6_i64 | 1i64) & 31);
    if 0x4Du32 != 81_91u32 {
        return;
    }
    ck = mix(ck, f0(3_, 7, 0) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(5_u8, 128) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(1u64, 366652875u32) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: u8, p1: u8) -> i16 {
    if p0 == 0 {
        return 0b1100011i16 / ((94 & 0o7) + 1_i16) + sub_i16(0b1001i16, 0b100);
    }
    let v5 = true;
    {
        let v5: bool = v5 || p1 < p1;
    }
    let v6 = f1(p0 - 1, p1 >> (516_27u16 & 0x7u16));
    (v5 && v5) as i16 | -v6 / ((v6 & 0o7) + 0x1i16)
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
