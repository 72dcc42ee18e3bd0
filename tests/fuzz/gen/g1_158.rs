fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: i32, p1: usize, p2: u16, p3: u64) -> u16 {
    if p0 == 0 {
        return 0u16 << (-0b1000000000000000000000000000000000000000000000000000000000000000isize & 15) >> (add_i8(0x7Fi8, 0x1_) & 15);
    }
    if true != (p3 != p3) {
        let mut w8 = 0b0i32;
        let v9: i64 = loop {
            w8 += 1;
            if w8 >= 0b100 {
                break 5 / ((-0o3551370_7_4_7_4230_402_37_53 & 0o7) + 0x1);
            }
            if !(p1 <= 0x36ff887d31a63c31) {
                continue;
            }
            if -0b111111_i8 != 0o1 || false {
                continue;
            }
            let v11 = ({ let t10 = 8i64; 216 }) ^ (0x5 | 0x80) - (39 & 0x7fu8);
        };
        for i12 in (u8::MAX - 2)..=u8::MAX {
            if (w8 < w8) | (p2 != p2) {
                return p1 as u16;
            }
            let v13: u32 = 0b1_00;
            if w8 == w8 {
                continue;
            }
        }
    }
    let v14 = f1(p0 - 1, p1, p2 >> (1023_u32 & 15u32), p3);
    v14
}

fn f0() {
    let mut w1 = 0usize;
    loop {
        w1 += 1;
        if w1 >= 0x1 {
            break;
        }
        println!("hi = {w1}, b = {w1}, a {w1},");
        let v2 = add_u32(0o37777777777_u32, 0b1000000000);
    }
    let v3 = (((0b11 & 0x3FFFFFFFFFFFFFFF) + (0o777777777777777777777isize & 0b111_1111_1_1_1111111_111_1_1_11111111111111_11111_1_1_1_1111_11111_1_1_1111_11_1_1) & 0x3fffffffffffffff) + ((-9223372036854775808_isize & 0x3fffffffffffffffisize) - (7 & 4611686018427387903isize) & 4611686018427387903_isize) & 0o1777_7_7_77777) * (((-0x1000000000000isize & 21474_8364_7) * (0x1e & 214748_3647isize) & 0x3fffffffffffffff) - (4294967296 & 0x3 & 0x3fffffffffffffffisize) & 2147483647);
    for i4 in (i64::MAX - 0b1i64)..i64::MAX {
        if 0x0u16 >= 1 {
            println!("d: {w1} res,{} val {w1} z {w1}", w1);
            let mut v5 = (-257799149275311649i64 & 0b11111111111111111111111111111111111111111111111111111111111111) - (i4 & 46_1168_6_0_18427387_90_3);
        } else if 0x7d064dd12302844bi64 <= i4 {
            println!("tmp = {w1} res = {w1}");
            let v6: u64 = 0b1111111111111111111111111111111111111111111111111111111111111110;
        }
    }
    let mut v7: u16 = 0x3523 << (0u64 & 0xFu64);
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, !(false as u64) as u64);
    println!("r}}");
    ck = mix(ck, (rem_u8(71u8, 0b10_00) ^ 0x1000_i32 as u8) as u64);
    let v15 = if !(0b11i16 > 0b110_010) { 6_u16 as u8 } else { 2 };
    f0();
    ck = mix(ck, f1(8_, 0o1usize, 0b1111001101010100u16, 0b11001_1_11_100_11001001_110001_10001_11_00_1_00_00_1_000_010101_000_1_1101_0_00_1_101u64) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
