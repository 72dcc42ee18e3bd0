fn f0(p0: i64) -> i64 {
    if 0x32_isize >= 46 {
        let v1: i32;
        if 9u8 != 0xa2_u8 {
            v1 = 8;
        } else {
            v1 = (i32::MIN / ((1073741823 & 0x7i32) + 1) & 1073741823) + (-(9 | 1) & 0x3fffffff);
        }
    } else if true {
        println!("z {} hi,{} tmp,{}", 0b1, { let t2 = 0b1111111111111111111111111111111111111111111111111111111111isize; 0x38u64 }, false);
        for i3 in 0b10u16..=4 {
            let mut v4: isize = 4194303;
            v4 = sub_isize(v4, -(v4 | 0x1));
            if -8i8 < -72 {
                continue;
            }
        }
    } else if !(0x5u16 < 58_46_1) {
        let mut w5 = 0_i32;
        while w5 < 6 {
            w5 += 1;
            let v6 = 38i64;
            let mut v7: i8 = mul_i8(i8::MAX, 2);
        }
    } else {
        println!("tmp {} k: {p0},", 0x42isize as i8);
    }
    println!("acc = {}", sub_i32((0x4_F & 0x3fffffff) - (-0o20000000000 & 1073741823), 42u8 as i32));
    if p0 <= p0 {
        return 0o124;
    }
    if 0x0usize <= usize::MIN {
        let mut v8 = if (32767_u16 | 32768) - (7 & 3_2767) >= 0x0 & 61 { 0x4c_6b_1d1_52_c0c_df8_7 / ((4 & 0o7) + 0x1) << ((2usize & 0xff_ffff_f_f) * (0o5 & 4294967295usize) & 0x3F) } else { mul_u64(0x64, if true { 34359738367 } else { 0o1562517414132265341513 }) };
        println!("tmp {{ok}},{}, step = {},", 4usize, 0x3_u64);
    } else {
        let v9: usize = !18446744073709551615;
        if (if true { isize::MAX } else { -4_39804651110_4 }) > -1_585686_054_9_69_7_8163 >> (0o0u64 & 0x3f) {
            let mut p0 = (p0 & 2i64) % ((p0 & 0b11_1i64) + 1);
            if -0x63_i8 <= 0x7E {
                return (p0 & 2_1_4748364_7) * (p0 & 0b1111111111111111111111111111111) >> (-0xF5264845ADBD585i64 & 63);
            }
            let v10 = (4015615821u32 >> (0o1777_i16 & 0x1F)) as u16;
        } else {
            println!("step{{,{p0} d = {p0}");
            if 0b100_1010usize <= v9 || p0 >= p0 {
                return ((0o23i64 ^ p0) & 461_1_68601_84_273_87_9_03) + (p0 & 0x3fffffffffffffff);
            }
        }
    }
    0b11111111111111111111111111111111111111111111111111111111111111
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
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

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if false {
        return;
    }
    if 0x58F48545C4D4A5D5usize <= 9 {
        return;
    }
    ck = mix(ck, div_u16((0x25isize != 0o132) as u16, u16::MIN) as u64);
    let v11 = i8::MAX >= 0x6 || 0x3fffi16 != 0;
    let v12: u16 = 64 << (800_0_638_4_42_78081_9_5_33usize & 0xf);
    let mut v13 = (if v11 { -0x1 } else { 2 }) >> ((if v11 { 216687134442366904isize } else { 9_ }) & 31);
    v13 = add_i32(v13, v13);
    let mut v12 = (0x7ffffffffffffffeisize ^ 7) / (((0x8_isize | -1099511627776) & 0b111) + 0x1);
    ck = mix(ck, f0(6) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
