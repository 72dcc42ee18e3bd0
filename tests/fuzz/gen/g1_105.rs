fn f0(p0: u32, p1: i32) {
    let v2: u64 = (({ let t1 = 4i8; u64::MAX }) % (((0b0 | 9223372036854775808) - (5654515567001699036 & 922337203_685_4775_807) & 7u64) + 1) & 42_949_67295) * (div_u64(6 ^ 0o5, p0 as u64) & 0o37777777777);
    let mut v3 = p1;
    let mut w4 = 0i64;
    loop {
        w4 += 1;
        if w4 >= 8 {
            break;
        }
        let p1 = u32::MAX;
        v3 = mul_i32(v3, v3);
        if 8u16 > 511 {
            continue;
        }
    }
    let mut v5 = add_u8(mul_u8(0, 5), 8u8 ^ 0x3) ^ (p0 as u8 | 0o200) - (u8::MIN & 127_);
    println!("val");
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
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

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if 0x9 > 1_2 {
        let v6: i32;
        if true || 267308482_u32 != 5 {
            v6 = neg_i32(-68_6964_329) | rem_i32(-302604289, -12);
        } else {
            v6 = 2;
        }
        ck = mix(ck, (if 75i64 >= 100 && (1i16 > 6 && 4_u64 > 1) { rem_i64(9, 0o2 / ((-68719476736 & 7) + 1)) } else { (rem_i64(9099937419142380381, 0b10) & 4611686018427387903) - (({ let t7 = 0o40u8; 3 }) & 0o377777777777777777777) }) as u64);
    }
    let mut v8: i32 = (-9 & 0x4000) << ((0x3_i32 ^ 0b10_0) & 31);
    v8 = ((div_i8(-105, 0b10i8) & 0x3f) + (!i8::MIN & 6_3)) as i32;
    if (9i32 > v8 || 63i8 >= -20) && !(ck != ck) {
        ck = mix(ck, 0i16 as u64);
    } else {
        v8 = add_i32(v8, v8);
        print!("val {} lo: {}|", if !(v8 != v8) { rem_i32(v8, v8) } else { v8 }, (6u32 | 0x80000000) - (0x80_ & 0b111111_11_11_1111111_11_111111111111) << ((5u8 & 127) + (14 & 1_27) & 0b11111));
    }
    f0(8 & 6, i32::MIN);
    let mut w9 = 0u32;
    let v10: i64 = loop {
        w9 += 1;
        if w9 >= 2 {
            break (-68719476736 & 4611686018427387903) + (7 & 4611686018427387903);
        }
        if true {
            continue;
        }
    };
    let mut w11 = 0i32;
    let v12: u16 = loop {
        w11 += 1;
        if w11 >= 8 {
            break 0b111111111111111;
        }
        v8 = w11;
    };
    f0(82, 5);
    println!("ck = {}", ck);
}
