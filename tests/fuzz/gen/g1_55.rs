fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
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

fn main() {
    let mut ck: u64 = 0;
    let mut v9: u64 = 0o11 << (48i8 & 63);
    let v9 = (8 & 0b111111111111111111111111111111111111111111111111111111111111111usize) + (8 & 0o777777777777777777777);
    let v10: isize;
    let mut w11 = 0b0usize;
    let v12: u8 = loop {
        w11 += 1;
        if w11 >= 1 {
            break 7_3;
        }
        if 1 > -512 {
            continue;
        }
        let v13: u8 = 128 << (ck & 7) << div_u64(90_071_9_9254_740_992u64, ck);
        let mut w14 = 0i64;
        while w14 < 8 {
            w14 += 1;
            let mut v15: i16 = 16383 << (0b11i16 & 15) << (-0o136132117241657076670isize & 15);
            ck = mix(ck, -8_isize as u64);
            let v16: u8 = (31 & u8::MAX) % rem_u8(v13, 121);
            let mut ck: i32 = sub_i32(394868657, 0x7);
        }
        let v9: u8 = v13;
    };
    v10 = (-9223372036854775808 & 4611686018427387903isize) - (add_isize(6, 2) & 46_116_860_1_842738790_3);
    for i17 in 0_u8..=v12 & 7 {
        ck = mix(ck, (ck > 0 && 3995882564542142357i64 > 1_) as u64);
        let v18 = 68u64;
    }
    let v19: bool = false && -0o20_0i16 >= 9;
    ck = mix(ck, f0(0b1010) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: u32) -> u16 {
    if p0 == 0 {
        return mul_u16(if isize::MIN <= isize::MIN { 4_ } else { 0x2 }, !5);
    }
    let mut w1 = 0u32;
    while w1 < 3_u32 {
        w1 += 1;
        if 0x5i64 <= 640_999184819251_0992 {
            break;
        }
        if i32::MAX > -15 ^ 4 {
            if 0x3Fusize < 2 {
                let mut v2 = w1;
                let v3 = i32::MAX;
                let v3: u8 = 0o11_;
            }
        } else {
            let v4 = 2;
            let v5: i16 = i16::MAX;
            let v6 = sub_u16(430_, u16::MIN);
        }
    }
    {
        let mut v7 = w1 as i64;
        let v7: bool = (0xB1_u8 <= 52u8) == true;
    }
    let v8 = f0(p0 - 1);
    ((0b110_u16 | 32768) - (v8 >> (-12 & 15) & 32767u16) | 32768) - ((mul_u16(0, 0) | 32768) - (39296_72_44817_97_56_6_6_0i64 as u16 & 3_2_767) & 32767)
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
