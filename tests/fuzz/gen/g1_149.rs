fn main() {
    let mut ck: u64 = 0;
    for i8 in 2i64..0x8 {
        let mut w9 = 0i64;
        loop {
            w9 += 1;
            if w9 >= 0x6i64 {
                break;
            }
            println!("n {ck} q {}", mul_u8(0u8 & 1, 0o0u8 / ((5u8 & 0x7) + 0o1u8)));
            ck = mix(ck, (if 0b1111110i8 != rem_i8(i8::MIN, -0o200_i8) { sub_i32((0o2765510425i32 & 0x7FFFi32) * (-7 & 0o77777), 0x40000000) } else { ck as i32 }) as u64);
        }
    }
    ck = mix(ck, (0o1i16 as u64 & 0b1011110010001111000100011010111001000111011101101010001100101011) as u64);
    let mut w10 = 0x0usize;
    let v11: usize = loop {
        w10 += 1;
        if w10 >= 3_usize {
            break w10 ^ w10;
        }
        if false {
            break mul_usize(w10, w10);
        }
        ck = mix(ck, ((66i8 ^ 0b1000i8) << (ck & 0x7) >= (if (w10 > 0b110110usize) == true { 0x1i8 >> (5_i8 & 7i8) } else { sub_i8(i8::MAX, -0b10000i8) })) as u64);
        if 9223372036854775807isize != isize::MIN && 5u8 > 0o72 {
            let mut v12: i64 = (i16::MIN as i64 & 0b1111111111111111111111111111111i64) * (-0x8000000000000000 >> (5u32 & 0x3fu32) & 0b1111111111111111111111111111111);
            println!("x {} n = {v12}", div_u8(59_, 0x1u8));
            v12 = add_i64(v12, rem_i64(v12, v12));
        }
    };
    f0(8u32, 0o33317047232, -0b1000000_i8, true);
    println!("ck = {}", ck);
}

fn f0(p0: u32, p1: u32, p2: i8, p3: bool) {
    for i1 in (i32::MAX - 0x6i32)..i32::MAX {
        let mut v2 = p3 && p3;
        let v3 = i1;
        let v4 = u16::MAX as isize as u8 & (-9223372036854775807i64 as u8 ^ u8::MIN >> (0b11111111111usize & 7));
    }
    let mut w5 = 0b0u16;
    loop {
        w5 += 1;
        if w5 >= 0b10 {
            break;
        }
        for i6 in 0i64..=0x6_i64 & 0x3i64 {
            let v7 = !(0x46u8 >= 0o3) as u64;
        }
        if -4194304isize > 0x7isize {
            break;
        }
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u8(a: u8, b: u8) -> u8 {
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

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}
