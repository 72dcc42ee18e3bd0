fn f0(p0: bool, p1: u8, p2: bool, p3: u8) -> u8 {
    println!("tmp {:+X}lo {:5o}", if p0 { 10usize } else { 9223372036854775807usize }, 4933u16 >> (u64::MAX & 15u64) >> (0xe1e0856bcb45708bu64 & 0xf_u64));
    if p2 {
        println!("res,{p3}, k = {p3}");
        let v1: u32 = 0b1100011;
    } else {
        let v2 = (-(-1 | 1i16) & 127) * (!2 & 127);
        let mut v3 = -2711886310022800612i64;
        v3 = add_i64(v3, v3 & -2114467210803067154i64);
    }
    println!("k = {p2:<<.1?} x {:+020o},", 3i8);
    !div_u8(sub_u8(0u8, 0x9u8), 0o110u8)
}

fn mul_isize(a: isize, b: isize) -> isize {
    if a > 0 {
        if b > 0 {
            if a > isize::MAX / b {
                return a;
            }
        } else if b < isize::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < isize::MIN / b {
            return a;
        }
    } else if a != 0 && b < isize::MAX / a {
        return a;
    }
    a * b
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let mut v9: u64 = 9;
    v9 = sub_u64(v9, v9);
    let c10 = -6;
    let c11 = c10 / c10;
    let v12: u64 = rem_u64(div_u64(u64::MAX, v9), ck);
    v9 = add_u64(v9, v9);
    v9 &= sub_u64(v12 / ((v9 & 7u64) + 1), v12);
    let v13 = c11;
    if 9i8 > 0o7i8 {
        let mut v14 = 0o57i16;
    } else {
        let v15 = 65536i64;
    }
    ck = mix(ck, f0(true, 0xfu8, false, 1u8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
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

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1() -> u32 {
    let mut w4 = 0i32;
    while w4 < 0b110i32 && false {
        w4 += 1;
        println!("a: {:+9b}r {{ok}} {}out,{w4:09?} sum {{ok}}: {w4:^x} k = {:03?}", rem_i64(1_i64, 8i64), mul_isize(36028797018963968isize, 1) == 7, 4u8 != 0b110000u8);
        let v5 = ((7u8 & 0x7f) + (9_u8 & 0x7fu8)) as isize;
        let mut v6: i32 = w4;
    }
    println!("y,{}", 0x80i16 >= i16::MAX);
    let v7 = 6 % ((56243_u16 & 7u16) + 1_u16);
    let v8 = !(13isize << (w4 & 63_i32));
    sub_u64(0o10u64, 0o0) as u32 / sub_usize(6usize, usize::MAX) as u32
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
