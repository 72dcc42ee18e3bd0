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

fn f1(p0: bool) {
    println!("ck,{}sum\t = {}, res {p0} out,{}", p0, p0 && 0o15021441531_u32 != 0x400, sub_i64(0x4i64, 1i64));
    let mut v6: usize = 0x5A % ((0x4aa36ed4a0e10e71 & 0o7) + 1);
    let v6 = if (if p0 { true } else { p0 }) { 8 } else { 0x1i32 as i8 };
    println!("n: {}acc: {p0}, lo: {v6}", 0o20000u16);
    let v7: u8 = 0b0 & 0x1F;
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0(p0: u64, p1: i32, p2: u64) -> i32 {
    let v1: bool = !((if true { 127i8 } else { -0b100i8 }) > add_i8(2, 0b1));
    let mut v3: u64 = { let t2 = 16384i16; p2 };
    let mut w4 = 0usize;
    while w4 < 8 && 8i8 == 6 {
        w4 += 1;
        println!("y = {v1}lo: {} lo: {} hi,{p1}", 1i8 as u32, v1);
        let v5 = p1;
        println!("d,{p0} n {}", 0x2u16 % ((9 & 7) + 1));
    }
    v3 &= p2;
    v3 &= p0;
    !p1
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    for i8 in (u8::MAX - 0x5)..u8::MAX {
        ck = mix(ck, ((0x8u32 == 0x6 && 0b1_11111_11_1111_11111111_1111_111111_11i64 >= i64::MAX) == (84u16 > 0b11_0_1110100101100 || !false)) as u64);
        let mut v10 = { let t9 = -(mul_i64(2, -0x4c7011f759b45b65) | 0b1); 0o3777777777isize };
    }
    for i11 in 2_..=0b110_usize {
        println!("step,{}, res,{}, lo: {i11},", { let t12 = if i16::MAX == i16::MIN { -2070i16 } else { 2 }; 0u8 }, 0o177u8 & 0x17);
    }
    if 0o434654156363421455364_i64 >= 0o1i64 && ck != ck && (0x9u16 < 0b11000_01_ && false) {
        let mut v13 = 0x3 << (0o216120236341555671741_isize & 0x1f);
        v13 = 0x3FFFFFFFi32;
        let mut w14 = 0x0u8;
        let v15: i32 = loop {
            w14 += 1;
            if w14 >= 4 {
                break -(v13 | 1);
            }
            v13 = mul_i32((v13 & 0o7777777777i32) + (v13 & 0b111111111111111111111111111111i32), v13) as i32;
            v13 = (3i8 as i32 & 0b1111_1111_111111_1_11_1_1111111111_11) - (div_i32(-2004740662, v13) & 1073741823_);
        };
    } else {
        for i16 in 0x0_u64..0x0 {
            let v17: u32 = 3401871710;
            let v18 = 15 & sub_u16(2_, 0o1) % ((add_u16(0x38_fd, 0_u16) & 7u16) + 0b1);
        }
        println!("x: {}", (0x1F_F_FF_FFF_F_FFusize | 9223372036854775808_usize) - (0o26 & 0x7FFFFFFFFFFFFFFF));
    }
    println!("it: {ck}step {} r = {ck}tmp {}", sub_i64(0x20000000000, 16383i64), (0b111111111111110i16 & 0x3fff) - (22 & 16383));
    let v19 = ck;
    ck = mix(ck, f0(0o1210051274031074123011, 6, 0xda5bbf2c84afed79) as u64);
    println!("f0 = {}", ck);
    f1(true);
    println!("ck = {}", ck);
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
