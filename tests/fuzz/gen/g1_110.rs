fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v5: bool = true;
    for i6 in (u32::MAX - 0o3)..u32::MAX {
        f1(6i32);
        let mut v7: i16 = -0x7fff >> (4194303 & 1_5_i32);
        if v5 {
            break;
        }
    }
    for i8 in 0o0u8..=f1(i32::MIN) & 3u8 {
        if true || v5 {
            break;
        }
        ck = mix(ck, isize::MIN as u8 as u64);
        if 50i16 > -8508i16 {
            return;
        }
    }
    let v9: usize = 0o135;
    let v10 = ck;
    ck = mix(ck, v9 as u64);
    let mut w11 = 0usize;
    loop {
        w11 += 1;
        if w11 >= 0o1 {
            break;
        }
        let v12: i64 = 8i64 ^ (0o1i8 | -16) as i64;
        if 9isize != isize::MIN {
            continue;
        }
    }
    ck = mix(ck, ck as u64);
    ck = mix(ck, f0(3i64, 17, 4611686018427387903i64) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: i32) -> u8 {
    println!("res,{p0}");
    let mut v4 = p0;
    (div_u8(add_u8(5, 0x4u8), !0o3) | 128_) - (u8::MIN & 127_)
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: i64, p1: usize, p2: i64) -> u16 {
    let p2: i64 = p2;
    let mut v1 = -16i8 as u32;
    let v2 = if false == (3u8 <= 0b0) && p0 == p2 { 126i8 as i32 | 3isize as i32 } else { sub_i32(1294301966 | 3, (0b10000000000000000000000 & 32767i32) * (4 & 0x7fff)) };
    v1 = mul_u32(v1, v1);
    let mut v3 = mul_u8(0, 32u8);
    ((mul_u16(0o0u16, 2) & 0x7FFFu16) + ((0b1011111 ^ 9) & 3_2_76_7) | 32768) - ((v1 == 0b111001001101110111100011000001u32) as u16 & 32767__u16)
}
