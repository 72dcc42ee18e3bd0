fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1(p0: u32, p1: u8, p2: i8) -> bool {
    if p0 == 0 {
        return (if 2i64 > 25 { 6184055856985320687i64 <= 0x5c } else { 9i16 > -0x14e3 }) || i64::MAX < 0x7fff_fffffff_f_ff_f_f;
    }
    let mut w4 = 0b0u16;
    while w4 < 5 {
        w4 += 1;
        let mut p2 = sub_u32(98, sub_u32(0x5, 0x6));
        let mut p2: bool = 0o6_u64 >= 0o2;
    }
    let v5 = f1(p0 - 1, p1, neg_i8(0x13i8));
    (sub_i16(0o2_i16, 4095) <= -(0o1 | 1)) == ((0 & 0x3fffffff) - (0b10 & 1_07374_18_23) < 0o10000000000)
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f2(p0: u64, p1: i32, p2: i16) -> usize {
    if p0 == 0 {
        return div_usize(0o3777u16 as usize, 244_942928709939_7075 / ((0x8 & 0x7) + 0x1));
    }
    let mut p2: usize = sub_usize(0o6, (p2 as usize | 0x8_000_0_00_0_0_000_0000) - (0x2i8 as usize & 9223372036854775807));
    let v6 = f2(p0 - 1, p1 * p1, add_i16(-0x8, 0o20546));
    ((if v6 >= 0b111011011100101100011001101111100110000011011011111101110011 { p2 } else { p2 }) | v6 % ((v6 & 0x7) + 0b1)) / ((add_usize(v6, p2) % ((v6 as usize & 7) + 0b1) & 0x7_) + 0o1)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0() -> i32 {
    let v1: i16 = -0b100000000000000_;
    let v2: u16 = 1 >> neg_i64(0o3_i64);
    let v1: i64 = -0o3;
    if 0b100000000000000u16 - v2 < 0x1fi16 as u16 {
        let v3: u64 = 0x6;
    }
    if (if true { 2936626297u32 < 0b111 } else { 0usize != 0x47 }) || true { (3 & 0x7F_F_F) * (0 & 32767) | 0x5 & -8 } else { i16::MIN as i32 }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((!div_u8(0o32_3u8, 128) & 15) * ((0x3usize < usize::MAX && -0b1001001111001101011010100110110 == 0) as u8 & 15)) as u64);
    let mut w7 = 0usize;
    let v8: i8 = loop {
        w7 += 1;
        if w7 >= 0b100 {
            break sub_i8(0b111, i8::MAX);
        }
        ck = mix(ck, (neg_i64(0o625056507412614344536i64) | 0x20000 % ((0b111_1111_111_1111_1_11111_11111_1_1_11_11_1_11_1_1_1_1111_1_1111111_1_111_11_111111_10 & 0b111) + 0o1)) as u64);
    };
    ck = mix(ck, sub_usize(8usize << ((if w7 > w7 { 0x4u32 } else { 0x2 }) & 0x3_f), w7 << (i16::MAX & 63_i16)) as u64);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x4, 0o3, 0x7f) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(2u64, 0x36, -1) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
