fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let v7: i64 = mul_i64(0o7, 0o7766536_2_67_127561342_17_);
    let v8: u64;
    if 5u16 >= 2 {
        let mut v9: i32 = neg_i32(1425733905) as i32;
        let mut v10: u32 = f0(ck & 0b1111, !false);
        v8 = ck;
    } else {
        ck = mix(ck, mul_u64((15791i16 as u64 & 4294967295) * (ck >> (9i16 & 63) & 4294967295), div_u64((ck & 0xffffffff) * (ck & 0o37777_7777_77), sub_u64(ck, 3))) as u64);
        v8 = ck % ((0 & 7) + 1);
    }
    let mut w11 = 0_u32;
    loop {
        w11 += 1;
        if w11 >= 0b1 {
            break;
        }
        if !9223372036854775806isize >= 0b11110 << (0o2u16 & 0b111111) {
            let v12 = u8::MAX;
            let v13: i64 = v7 << ((0b1_00u64 | ck) & 0o77_) & (if 4u32 == w11 || 0x2_i8 < 0o4 { neg_i64(i64::MAX) } else { 0o40000 % ((576460752303423488 & 0x7) + 1) });
        }
        println!("y,{} b {:?}, val {} acc,{v7:>.0} y: {}", 0b1000111u8, 1u16 <= 7, 0o102_u16, mul_i16(-32768, 16384) as u8);
    }
    ck = mix(ck, (w11 >> ((7u8 | 0b1000) & 31)) as u64);
    println!("acc,{}acc: {}q = {} b{{}},{}", ck, v7, if v8 != v8 { 1548072256 } else { i32::MAX }, usize::MAX);
    ck = mix(ck, ((18446744073709551614_usize != 7) != (5u8 >= 4_7) && (-2147483647 < 426718834) & (0b1_0_1u8 == 0b1101101)) as u64);
    let v14;
    let v15: i16 = 8;
    v14 = add_i32(5, 2i32);
    ck = mix(ck, f0(6_u64, true) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: u64, p1: bool) -> u32 {
    if p0 == 0 {
        return u32::MAX;
    }
    let mut v1: bool;
    let mut p1: u32 = (({ let t2 = 0o176i8; 0x4 }) << (u8::MAX >> (0b0u32 & 7) & 31)) / (((mul_u32(0xffffffff, 0b1010011110010101001001011110110) | 0x8000000_0) - (1 & 2147483647) & 7) + 0o1);
    p1 |= (p1 & 2147483647) + ((p1 & 2147483647) + (0x2 & 2147483647u32) & 0b1_1_11111_111_1_1_11_111_11_1111_1111111_1);
    v1 = 14524579553417225215u64 >= 4;
    for i3 in 2..1_isize {
        let mut v4: i8 = 6;
        v1 = v1;
    }
    let v5: i32 = (p1 > p1 || v1) as i32;
    let v6 = f0(p0 - 1, 5u64 >= 0b100_);
    4
}

fn sub_u64(a: u64, b: u64) -> u64 {
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

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}
