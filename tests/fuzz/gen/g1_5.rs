fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_i8(a: i8, b: i8) -> i8 {
    if a > 0 {
        if b > 0 {
            if a > i8::MAX / b {
                return a;
            }
        } else if b < i8::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i8::MIN / b {
            return a;
        }
    } else if a != 0 && b < i8::MAX / a {
        return a;
    }
    a * b
}

fn main() {
    let mut ck: u64 = 0;
    f0(f0(5, 4_u16 != 0o51032, ck, 0o6), 0x3usize > usize::MIN, 0x3, 143_332_4687_i32 ^ 0x1FFFF_);
    if 9_i8 != (0o60__i8 & 0o7) * (60 & 0x7) {
        let mut v4: i8 = div_i8(rem_i8(4, -2_4), !0x26i8) ^ mul_i8(if 8_u8 != 30 { i8::MIN } else { 2 }, 0b100 / ((0x6 & 0x7i8) + 0x1_));
        f0(div_i16(i16::MAX, 0x74D8i16), ck == ck, 34usize as u64, 4194303_i32 as i32);
    }
    let v5 = 17804i16 & (16384 & i16::MAX) << ((-47i8 | 0o11) & 15);
    if 3i64 != 0b0 {
        ck = mix(ck, ((0o3i8 << ((if true { 0b1111111111111111111 } else { i32::MAX }) & 0x7) & 0x3fi8) - ((8i8 as i8 ^ 31i8) & 63)) as u64);
    } else {
        if u8::MIN | 0o3 != 0b0_ / ((0b1111111 & 7u8) + 0x1) {
            f0(v5, 0x9_i8 >= -1_09i8 && 0b10u8 < 0x1, ck, (71 & 1073741_823i32) + (0b1111_11_1111111_111_111_11111_1_11_11_11 & 0b111111111111111111111111111111));
            f0(0b11 % ((v5 & 7) + 0o1), 0x6u8 < 6, div_u64(ck, ck), -0b1100110_000011100_1_1_0_1_1_1001_001101);
            print!("a,{}, k = {ck},\n", (0u32 <= 2936505469u32) | (i16::MAX > 0) && true);
        } else {
            let v6: u32;
            if 1_71_7_9_8_69184usize != 0o1352722116723320545537 && 0o2usize != 0b1001 {
                v6 = if ck > 18446744073709551615 { (0 & 0xFFFF_) * (0b10 & 65535) } else { 0o5 % ((3665614818 & 7) + 0x1_) };
            } else {
                v6 = { let t7 = div_i64(0o255152336265617124502, 0o27); u32::MAX };
            }
            let mut v8: usize = 0x2E;
        }
        ck = mix(ck, (({ let t9 = div_i8(68, -0x7f); 0x4__u8 as isize }) << (0x0isize as u64 >> (f0(v5, false, ck, 1) & 63_) & 0x3f)) as u64);
        ck = mix(ck, (0o177i8 % ((-128_ & 0b111) + 0o1i8)) as u64);
    }
    let v10: usize = 87_;
    ck = mix(ck, sub_u8(ck as u8, 0b11) as u64);
    let mut v11 = 0x7ffffffffffffffei64;
    ck = mix(ck, f0(0b1010110_, false, 0x61u64, 0x5_c17_f2b5) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i16, p1: bool, p2: u64, p3: i32) -> i16 {
    let mut v1: u32 = 8192u64 as u32;
    v1 = mul_u32(v1, v1);
    let mut v2: u16 = 7278;
    if (v2 as u8) <= 0x2_ / ((0x0u8 & 7) + 1) {
        if false == (p2 <= 11806241359234084705 || true) {
            let v3: u32 = ((v1 & 0o1777_7777777) + (v1 & 2147483647) & 65535) * ((v1 ^ 0x1) & 0xffff);
        } else if p1 {
            v1 ^= 5u64 as u32;
        }
    }
    -(p0 | 1)
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}
