fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: u64, p1: u64) -> u32 {
    if 32u64 >= p1 {
        let v7 = true;
    }
    f0((0b101100 & 9223372036854775807_usize) + (0x728e5d2ce2ec3858 & 0x7fffffffffffffff_usize), sub_isize(0x18, -0o14467511423741275126), (1152921504606846976usize != usize::MIN) & (0x1fffffffffffffi64 >= 36028797018963967i64), i32::MIN >> (0_u8 & 31));
    let mut v8: u32 = 0o13666002762;
    for i9 in 5u64..=0xa {
        let v10: u8 = 0x5isize as u8;
    }
    v8
}

fn main() {
    let mut ck: u64 = 0;
    println!("acc: {} ck: {ck} b{{}}: {ck} val: {}", 7isize as u32 as i8, 3u8);
    if 1u8 != 0 {
        let v20: u16 = true as u16 >> (f3(0 & 15, -0o1, 4) & 15);
        if 9305173986973803119u64 == 0xFFFFFFFFFFFFFFFF {
            let v21: u32 = 3779532552u32;
        }
    } else {
        let v22 = (if true || 0o11i64 >= 9i64 { (-9223372036854775808 & 2147483647isize) * (-0o20000000000isize & 0o17777777777) } else { true as isize }) >> (((72usize & 0b1_111_1_111_11_11_11_1_111111_1111_1_1_11111) * (7 & 0o37777777777)) as usize & 63_usize);
    }
    let mut w23 = 0u16;
    while w23 < 3 {
        w23 += 1;
        let v24: i32 = rem_i32(404600016i32, 89) ^ false as i32;
        if u64::MAX > ck {
            continue;
        }
    }
    if 0b101u8 < 0_u8 && (0u16 <= w23 || true) {
        let mut w25 = 0x0i64;
        while w25 < 8i64 {
            w25 += 1;
            let v26 = ((if 7usize != 93usize { 0o27_3057353_440_375_20274isize } else { 3 }) > (-68719476736isize & 2147483647) * (4611686018427_387904 & 2147483647isize)) & (7_u16 ^ w23 >= w23);
            println!("res {} q,{}", 114u8, 0x5);
            let v27 = ck;
        }
        println!("hi");
    } else {
        for i28 in 1u16..9 {
            if 1_317_7_30625i32 >= 0o10 || 2_usize >= 0x1fffffff_usize {
                break;
            }
            f1((4 & 0x7fffffffffffffffu64) + (ck & 9223372036854775807), ck);
        }
    }
    if 8i8 >= i8::MIN && false {
        return;
    }
    ck = mix(ck, f0(0usize, 0b1000, true, 545115112i32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(85, 18446744073709551614) as u64);
    println!("f1 = {}", ck);
    f2(16508288532641719298, -0b100_00000000000, 0o2i8);
    ck = mix(ck, f3(0x8usize, 774538758_, 800827723261850506usize) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f2(p0: u64, p1: i16, p2: i8) {
    let mut v11 = ((33554431usize | 0) >> ((0x6u16 & 32767u16) + (0o1 & 32767u16) & 0b111111) | 0x8000000000000000usize) - (usize::MAX & 9223372036854775807);
    let v12: u32 = 1 & 2u32;
    let v13 = v11 >= v11;
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: usize, p1: isize, p2: bool, p3: i32) -> u64 {
    for i1 in 1i64..=3i64 {
        for i2 in 3u64..4 {
            if p2 != (254u8 > 10) {
                break;
            }
        }
    }
    let mut w3 = 0o0u16;
    let v4: i16 = loop {
        w3 += 1;
        if w3 >= 8 {
            break 71i8 as i16;
        }
        let mut v5: bool = 1i64 > (1i32 as i64 & 4611686018427387903i64) + (sub_i64(-0o1000000000000000000000i64, 0x7ffffffffffffffe) & 4611686018427387903_i64);
    };
    let v6: i64 = -0b1000000000000000000000000000000000000000000000000000000000000000;
    let p3: usize = 8;
    0u64
}

fn f3(p0: usize, p1: i32, p2: usize) -> i8 {
    if p0 == 0 {
        return p1 as i8 >> ((p1 & 32767) * (p1 & 32767) & 7i32);
    }
    let v14: i8 = 6i8 << (-4717182476755168369i64 & 7);
    for i15 in 0x5..=0x5_usize {
        let mut w16 = 0u16;
        let v17: u16 = loop {
            w16 += 1;
            if w16 >= 3 {
                break 31206u16;
            }
            let mut v18 = p1;
        };
        if p1 == p1 {
            continue;
        }
    }
    let mut p2: i8 = v14;
    let v19 = f3(p0 - 1, div_i32(p1, -0o6160671156i32), 46);
    v14
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}
