fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i32) -> bool {
    if p0 == 0 {
        return ({ let t1 = 8_8i8; 0_u32 }) > sub_u32(u32::MAX, 0b101110);
    }
    for i2 in 1_..=8_u64 {
        if false {
            let v3 = -16 < 7;
        } else if !(128u8 < u8::MIN) {
            if (0usize != 0b11_0001) ^ (i2 < 1) {
                break;
            }
        } else {
            let v4: i64 = (4 << ((83i64 | 8i64) & 63)) / ((i64::MIN & 7) + 0x1);
            let mut v4: u32 = u32::MIN;
            let v5: i32 = 1 / ((4 & 7_i32) + 1i32);
        }
    }
    let v6: i16 = 16384;
    let v7 = f0(p0 - 1);
    sub_i64(0o20_0_000_0_000_0i64, 4611_6_8_6_0_18_4273_8_7_904) | 17_i64 / ((99_ & 7) + 1) >= 549755813888
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 6u32 as u64);
    let v12: i32 = { let t11 = usize::MIN; neg_i32(5 << (8i8 & 31)) };
    ck = mix(ck, (0u16 == 6 || true) as u64);
    ck = mix(ck, f0(7) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(12, 5, 7, 35) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: u8, p1: isize, p2: i64, p3: u8) -> isize {
    if p0 == 0 {
        return p1;
    }
    let mut v8 = (if p3 < p3 || 4095u16 > 0u16 { 4294967294u32 > 7u32 } else { (0o1u16 == 3u16) == (83_88_6_08u32 <= 95) }) | !(8u32 >= 4294967294 || 26_ > 2147483647);
    let v9: u64 = u64::MAX as u64;
    let v10 = f1(p0 - 1, p1, -(p2 | 1i64), (p3 | 128) - (p3 & 12_7u8));
    ((p3 & 15) * (p3 & 15)) as isize >> ((55371u16 % ((4 & 7) + 1_) & 255) * (mul_u16(30520, 0x3) & 255u16) & 63)
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}
