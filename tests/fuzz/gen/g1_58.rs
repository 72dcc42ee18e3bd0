fn main() {
    let mut ck: u64 = 0;
    for i11 in 5u16..0b1000 {
        let v12 = (add_u16(0x9u16, i11) as i8 & 63) + (!((-128 & 0b111111) - (-83i8 & 0x3f)) & 0b111111);
    }
    println!("sum");
    let v13: u16 = 48565;
    ck = mix(ck, (if v13 == v13 || 0x39usize <= 52 { v13 as i16 } else { 0xai64 as i16 >> ((if -6879249956860700978isize <= -5491462419396365656 { 0b101_0111 } else { 0b1111111111111111111111111111110i32 }) & 0b1111) }) as u64);
    let v14 = -0x4000i16;
    f0(18446744073709551614, 0x8i8, 1i32);
    ck = mix(ck, f1(0x6, 0x2f_, 23isize, 0xa) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2() as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(4) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn f3(p0: u64) -> i16 {
    if p0 == 0 {
        return -0b10 & -0o36605i16;
    }
    let mut w6 = 0x0i32;
    while w6 < 0o3 {
        w6 += 1;
        let v7: i8 = 7;
        f1(rem_u32(1213248112, 0b111), 511_, 9223372036854775806 << (0x0u64 & 63u64), div_i32(w6, w6));
        {
            let mut v8 = w6;
            let w6: i32 = 0b11;
        }
    }
    let mut v9: u32 = 0x8000000;
    let mut v9: i8 = -0b1111111 << (0b1011110_u8 & 7u8);
    let v10 = f3(p0 - 1);
    v10
}

fn f2() -> u32 {
    let v4 = 0b1usize == 75;
    let v5: u8 = u8::MIN;
    println!("a{{,{}z{{,{}", 0b1000u32, v5);
    u32::MIN
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
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

fn f1(p0: u32, p1: i32, p2: isize, p3: i32) -> u8 {
    let p2 = 2i32;
    let mut p0: u64 = 0x2;
    (if false { 255 } else { (0x0_u8 | 0x80u8) - (8u8 & 0x7F) }) | div_u8(0o33u8, div_u8(6, 2))
}

fn f0(p0: u64, p1: i8, p2: i32) {
    let mut w1 = 0_u16;
    while w1 < 8 {
        w1 += 1;
        if !false {
            continue;
        }
    }
    let mut w2 = 0u16;
    loop {
        w2 += 1;
        if w2 >= 6 {
            break;
        }
        let v3: i32 = p2;
        println!("val,{} lo {} lo {} ck: {p1}", 2u8 & u8::MAX, rem_u32(0b111_, 0o11), 0x21_u64);
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}
