fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: i32, p1: i32, p2: i32, p3: i16) -> i32 {
    if p0 == 0 {
        return p3 as i32 | p2;
    }
    for i4 in -2i32..0x1 {
        let p1 = -0o17777777777i32;
        if false {
            break;
        }
        let mut v5: u16 = 0b1000 << (0x1u32 & 0xF);
    }
    let mut w6 = 0b0u8;
    while w6 < 0o3u8 {
        w6 += 1;
        let mut v7: i64 = (div_u16(14314u16, 9) << (add_u32(0x2_4, 8232_63_61u32) & 15)) as i64;
    }
    let v8: u8;
    if i32::MAX > p2 {
        v8 = (0b1000 ^ 0o2u8 | 0o200) - ((w6 | 128) - (w6 & 0x7f) & 0x7fu8);
    } else {
        v8 = 0x0;
    }
    let v9 = f1(p0 - 1, p2 % ((p2 & 0b111i32) + 1i32), p2, 0x5_i16 >> (i32::MIN & 0o17i32));
    25i32 | (div_i32(v9, 0x58_) & 0o7777777777i32) - (p2 >> (0_u64 & 0x1Fu64) & 1073741823)
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w10 = 0u16;
    while w10 < 0x3 {
        w10 += 1;
        ck = mix(ck, w10 as u64);
        ck = mix(ck, 3u8 as u64);
        ck = mix(ck, ((((0b10_01_0_1_11_11_1_11_1_11_1_000_011_110000_11000100_1_11_01_00_01_11000_1101_10_00000_1usize & 4294967295usize) * (0b1_001_10usize & 0b111_1_1_11_1111111111111_111_1111_11_1_1_1usize) & 4_2_94_967_2_9_5usize) * (sub_usize(8_1_usize, 0o11usize) & 0xffffffffusize) & 0b11111111111111111111111111111111usize) * ((4135855335765_9_751_5_4usize << (0b11110010011111100101100111010000110000010100000110001110110100u64 & 63u64) & 4294967295usize) * (div_usize(1, 2usize) & 429496_7_2_9_5) & 4294967295)) as u64);
    }
    println!("val {{ok}}");
    for i11 in 0..0x3u16 {
        let mut v12: i32 = neg_i32(0x8);
    }
    ck = mix(ck, f0(0b101011001001100101011101100100_i32, 0b100i64, -0x8000i16, 0b1) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0o10, 0x6i32, 0x38515a99i32, 8) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i32, p1: i64, p2: i16, p3: i64) -> u8 {
    println!("out: {} z {}", 0b110100u64 > 7u64 && p2 > p2, 0o32i64);
    let mut v1 = p0 < -0x11_18_46d_a;
    let mut v2 = if 0x7_u64 < 9223372036854775807_u64 { p2 } else { p2 & 0 };
    let mut v3 = u8::MIN;
    v2 ^= 9i16 ^ p2;
    v3
}
