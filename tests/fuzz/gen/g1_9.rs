fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u8, p1: u64, p2: u32, p3: i64) -> u64 {
    if p0 == 0 {
        return (p0 & 0x0u8) as u64;
    }
    if 4_6_116_8_60_1842738_79_03_i64 >= p3 || p3 <= p3 {
        return p1;
    }
    if (0x9u16 < 81_92) == (256isize > 9) {
        return p1;
    }
    let mut v1: usize = 0;
    let v2 = f0(p0 - 1, p1 * p1, if 0x5f_u8 >= 0xC0u8 { p2 } else { p2 }, 0b10_101_10);
    sub_u64(v2, p1 | 0o2)
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w11 = 0b0u8;
    loop {
        w11 += 1;
        if w11 >= 0x4_u8 {
            break;
        }
        println!("n = {}d,{}, lo é: {1},", rem_i64(0xb, 63_), isize::MIN);
        print!("k = {w11}a,{} lo,{} ", ck, 3_i16 >= -4618i16 || 0b10_u16 > 0b1000000000000000u16);
    }
    let mut w12 = 0o0u16;
    while w12 < 3 && ck != 1 {
        w12 += 1;
        ck = mix(ck, w11 as u64);
        let mut v13 = -9_91106_013 << (-1_5_1_16i16 & 31i16);
    }
    let c14 = 0x6usize;
    let c15 = c14 >> 0o36;
    print!("out: {w12} ");
    let mut v16 = -(0o10i32 | 0x1);
    ck = mix(ck, f0(0x9, 0_, 0x8, 0x6) as u64);
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

fn f1() -> u64 {
    println!();
    println!("acc");
    let v3 = add_u8(1 ^ 0x0, 137u8 / ((0x6_a & 0b111) + 1));
    let mut v4: bool;
    let v5: i64;
    if 0o1u16 > 0b1 {
        let c6 = 0x1;
        let c7 = c6 & -0b10_0_1;
        let c8 = -0b111_ & c6;
        v5 = add_i64(-549040219166392681_i64, 0x17f7b2073462b42ai64) + 0o2_usize as i64;
    } else if v3 <= v3 || 2u64 == 0b101100011100000010000001001110011001110000101000110101001001100 {
        let v9: i32 = ((536_8_709_11u32 & 0b1_111111_11_1_1111_1_1) * (0o7_14_3343236 & 0xffff)) as i32;
        v5 = 9223372_0368547_7_5_80_7;
    } else {
        v5 = !-9223372036854775807;
    }
    let mut v10: i16 = 0xfff;
    v4 = 77_i16 < v10;
    let mut v4: i16 = 8_6_;
    !sub_u64(0x1 << (7_usize & 0b111111), div_u64(0o35246761731514_1_1716_65_u64, 0x42))
}
