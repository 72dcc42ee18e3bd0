fn f1(p0: i32, p1: i64) -> u32 {
    if p0 == 0 {
        return rem_u32(u32::MIN, 2802421503);
    }
    for i3 in 3..=5u64 {
        if !false {
            if 0x4u8 > 2 {
                continue;
            }
        }
        let mut w4 = 0b0_u16;
        while w4 < 6 {
            w4 += 1;
            let mut v5 = 0x6i64;
        }
        for i6 in 0o0u8..(0b0 & 15u8) * (0xb0 & 0o17) & 7 {
            let p1: i32 = u8::MAX as i32;
            let mut v7 = p1;
        }
    }
    let mut v8: isize = -7772597606505581711;
    v8 = -2305610544939241197;
    let v9 = f1(p0 - 1, 33u64 as i64);
    3
}

fn f3(p0: usize, p1: i64, p2: u64, p3: u8) -> u32 {
    if p0 == 0 {
        return (7i32 as u32) << (p1 / ((p1 & 0x7) + 0x1) & 0b11111_);
    }
    let v11 = (p1 <= 0b101_i64) != (p2 >= p2);
    let v12 = 0x0u16;
    let v13 = f3(p0 - 1, if v12 < v12 { p1 } else { p1 }, add_u64(0x0, p2), p3);
    if v12 as u32 != v13 { rem_u32(v13, v13) >> (p2 as u8 & 0x1F_) } else { 4 }
}

fn f0(p0: usize, p1: usize, p2: bool, p3: i32) -> i32 {
    let p2: u16 = 0o2;
    print!("x = {},|", rem_u32(0o1, 0b1000) >> ((0x1i64 <= 0x1) as isize & 0o37));
    println!("q: {}", ((0xa6758eb3u32 & 65535) * (1 & 65535) | 2147483648) - ((1 | u32::MAX) & 0x7fffffffu32));
    let v1: u8 = 0b100_;
    let mut v2: u64 = 18446744073709551615;
    ((p3 & 0x7fff) * (p3 & 0b111111111111111) << (v2 & 31) & 0x3FFFFFFF) + (sub_i32(p3, 0o11) & 0o7777777777)
}

fn f2(p0: u8) -> bool {
    println!("ck{{: {} res,{} r,{p0} sum = {}", 0x3c51c1717b269d1u64, true == (p0 == 0o47u8), if 4isize < -8_isize { 0o4usize } else { 0o270656427077663026351 });
    let v10 = 3 % ((1_8isize as i32 & 7i32) + 0b1) ^ 0x7;
    (if (if 65u64 < 0b11 { false } else { -0b110111100001111101111000000100000010101000111100100100000011101i64 >= -0x3945A5D53_793A_20_8_i64 }) { !-1666007104917030484_isize } else { -0x10 % ((0o10 & 7) + 0x1) }) > (-0x20fb083b51e0f435 & 0b11111111111111111111111111111111111111111111111111111111111111) + (1 & 0x3fffffffffffffff_) >> ((u32::MIN | 98) & 0o77)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v14: u32 = 81;
    let mut v14 = f2(u8::MAX);
    let mut v14 = 45;
    ck = mix(ck, f0(2, 0x4_2, true, 0x4e) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(7, -0x444b8d5de719bc3f) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(8) as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(1, 0o2, 0o6, 0o0) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}
