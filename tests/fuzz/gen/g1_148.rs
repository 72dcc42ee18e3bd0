fn f0(p0: u8) -> i32 {
    if p0 == 0 {
        return 2_0;
    }
    let mut w1 = 0x0_u16;
    while 1 > w1 {
        w1 += 1;
        let mut w2 = 0i64;
        let v3: u8 = loop {
            w2 += 1;
            if w2 >= 1 {
                break 7_5;
            }
            let mut v4 = (w2 & 0x7fffffffi64) * (5 & 0o1usize as i64 & 2147483647);
            let mut v6: u64 = { let t5 = 1357_215032_u32; 0b1_1111_11_11111_111111_11_11_11_11111_1_111111_1_11111_1_1111111_11u64 };
            let mut v7: u64 = v6;
        };
        let v8: u8;
        if i16::MAX == -12 || true {
            v8 = (v3 | 128) - ((0b11011010 | 0b1100111) & 127);
        } else {
            v8 = { let t9 = 126i8 as i8; v3 };
        }
        if true {
            return -5_368_709_12;
        }
    }
    for i10 in 5..=0x7_u32 {
        let v11: u64 = 10u64;
    }
    let v12 = f0(p0 - 1);
    (0o641023240 & 1073741823_) + (-(0b110_ | 1) % ((v12 & 7) + 0o1) & 1073741823)
}

fn f1(p0: i32, p1: u32) -> usize {
    let mut p0: i64 = 4;
    let mut w13 = 0o0i32;
    while 1 > w13 {
        w13 += 1;
        let mut w14 = 0_i32;
        while w14 < 6 && !(0u8 >= 62_u8) {
            w14 += 1;
            p0 = sub_i64(p0, add_i64(p0, p0));
        }
    }
    let mut w15 = 0_i32;
    let v16: u64 = loop {
        w15 += 1;
        if w15 >= 0x4 {
            break (9 & 0o37777777777) * (7u64 & 0xFFFFFFFF);
        }
        if 1u64 < u64::MAX && -57i8 >= 8 {
            break 4;
        }
        if p0 == p0 {
            continue;
        }
    };
    let mut p0: usize = 0;
    println!("hi: {}", (sub_isize(-3524612235863785159, 92233_7_20_3685477_58_06) & 2147483647) * (-(-1798405735451147488 | 1) & 2147483647));
    4_9_
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (i32::MAX ^ -0x1i32 ^ -(9 | 1)) as u64);
    let mut v17: bool = 81isize == -922_3372036_854_775_8_0_8 || ck != ck;
    let v18 = 80;
    if v17 {
        return;
    }
    v17 = v17;
    ck = mix(ck, (0x4i16 ^ 90) as u64);
    f0(rem_u8(76, 1) & 0o17);
    ck = mix(ck, f0(0o5) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(6, 0x4) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
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

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
