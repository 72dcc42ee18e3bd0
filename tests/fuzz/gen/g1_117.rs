fn f0() -> isize {
    for i1 in 0o3..=0x5u8 {
        let v2 = u64::MIN;
        let v3 = add_u16((15_u16 & 25_5) * (0o127 & 255), 64 >> (0x3i16 & 15)) / ((div_u16(0xA0_B8, if 0o3isize == 0b111111111111111111111111111111111111111111111111111111111111111_isize { 0 } else { 0o43666 }) & 7_) + 1);
        let v3 = i1 & 255u8 & 1_84u8;
    }
    let v4 = (!0b100111 ^ (4 | 0o140u64)) & 0x4 / ((0x1u64 & 0x7) + 0x1) >> ((0b1001i16 & 127) * (0o137i16 & 0x7f) & 0x3F);
    println!("a {}, val: {1}lo {1}", mul_u8(0x2u8, 0b1010011u8), mul_u16((0xf & 0b11111111) * (0x5_0 & 2_55), 8i8 as u16));
    neg_isize(0o126isize) | isize::MAX
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("n = {ck}");
    print!("step\n");
    let mut w9 = 0usize;
    while w9 < 0x6 {
        w9 += 1;
        ck = mix(ck, ((w9 | 9223372036854775808) - (w9 & 0x7fffffffffffffff)) as u64);
        let mut ck = ck;
    }
    let mut w10 = 0o0usize;
    while 0x4 > w10 && 0x5i16 < 0x4 {
        w10 += 1;
        let mut v11: i8 = -0x1i8;
    }
    let v12: bool;
    if 53_isize == -0x400000000000 {
        v12 = true;
        ck = mix(ck, (0o30__i16 >= 0x7) as u64);
        let v13: i64 = sub_i64(-8, -64);
    } else if true {
        v12 = false;
    } else if f1(0b100011110110_010_01101000_1101_1_01, ck) {
        v12 = !true;
        println!("n {{ok}} {},", -3328710667766342540_i64);
    } else {
        v12 = -0b111111i8 <= 126 || ck > 0b1000;
    }
    let mut v14: i8 = 0x2c_;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(1478563339_, 0x1) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1(p0: i32, p1: u64) -> bool {
    let mut v5: i8 = !i8::MIN;
    let mut p1: bool = !((v5 != v5) == (0b1_001_1_111_01_100_110101_1_01_001_1_100110_000_101_110_001_00_111_01_11_1_0_0_100111_usize != 14487295431126988624));
    let mut v7 = (rem_u64(sub_u64(u64::MAX, 0b110100), !0x3u64) | 9223372036854775808) - (({ let t6 = 2350791964u32 ^ 0b1010100u32; rem_u64(9, 0x4b_u64) }) & 0x7FFFFFFFFFFFFFFF);
    let v8 = p0;
    v5 = 18i8;
    (p1 && usize::MIN >= 0xA73124DD3F1E022A || 0_usize >= 0x2d) | p1
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}
