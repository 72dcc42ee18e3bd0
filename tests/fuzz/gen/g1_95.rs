fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if false && false {
        let v3: u32 = div_u32(6, (87 & 0xffff) * (add_u32(69, 0b0) & 65535));
    } else {
        let v4: u8 = 0x0;
    }
    let v5: i64 = add_i64(11, 0b1001);
    let v7: bool = div_isize(0x7ffffffffffisize << (2564207290u32 & 63), !-0x4000000000) <= ({ let t6 = rem_usize(0x1247cb5ca598e923, 8); (0o400000000000000000000 & 0x7FFFFFFF) * (255 & 0x7FFFFFFF) });
    for i8 in 4_u32..=0o5 {
        let mut v9 = rem_u32(i8, i8) % ((0b1000u16 as u32 & 0b111) + 0b1);
        if false {
            continue;
        }
        v9 ^= i8;
    }
    f0((ck & 4294967295) * (ck & 0o37777777777), -0x1i16 as u64, (i16::MAX & 127) * (0x4 & 0o177), 0b1100);
    ck = mix(ck, (rem_u8(0o2 & 0x2, 213 & 6) % ((sub_u8(0b11 / ((0o10u8 & 0x7) + 1), 0) & 0o7) + 1)) as u64);
    f0(sub_u64(0x6, ck), 0x3, neg_i16(-29691), (0xcb9d & 255_u16) * (39723 & 0xff));
    if v7 || v7 {
        return;
    }
    f0(7318243004419998954, 5, 0x8, 0x7);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
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

fn f0(p0: u64, p1: u64, p2: i16, p3: u16) {
    let mut v1: i8 = -4;
    if (0x1Fi8 < v1) | (0o7u8 >= 0x4) {
        let v2 = p1;
    }
    v1 = mul_i8((v1 >> (2u32 & 7)) as i8, (v1 & 7) * (v1 & 0b111) << (0x8Du8 & 7u8));
    let mut p3 = 0x7u8 < 62 && 23usize != 17179869184 && div_i64(77, -36028797018963968) != i64::MAX;
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_i8(a: i8, b: i8) -> i8 {
    if a > 0 {
        if b > 0 {
            if a > i8::MAX / b {
                return a;
            }
        } else if b < i8::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i8::MIN / b {
            return a;
        }
    } else if a != 0 && b < i8::MAX / a {
        return a;
    }
    a * b
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}
