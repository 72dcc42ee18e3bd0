fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (rem_usize((4 | 0o1000000000000000000000usize) - (1 & 0x7FFFFFFFFFFFFFFF_), -0x80i8 as usize) % (((0b1100 & 9223372036854775807_usize) + (0b11101 & 9223372036854775807_) & div_usize(0x3f, usize::MAX) & 7_usize) + 0b1)) as u64);
    let v16 = mul_isize(-0x6af17d5c2fe99183_isize, 8_7283_2926_95972490_67) != isize::MAX;
    let mut w17 = 0_u8;
    let v18: bool = loop {
        w17 += 1;
        if w17 >= 0x1 {
            break -8_i8 == 0o40;
        }
        let mut w19 = 0x0u32;
        while w19 < 0b1_0u32 {
            w19 += 1;
            let mut w20 = 0b0u16;
            loop {
                w20 += 1;
                if w20 >= 2u16 {
                    break;
                }
                if true && v16 {
                    break;
                }
            }
        }
        let mut v21 = ck;
        println!("it = {v16}");
    };
    let mut v22 = 22usize as u8;
    let v23: i32 = neg_i32((8i32 & 0b111111111111111111111111111111) + (0o137i32 & 0b111111111111111111111111111111)) / ((4 & 0x7) + 1);
    ck = mix(ck, f0(5) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i32) -> u64 {
    if p0 == 0 {
        return if 0b100000000000000000000000000000000000000000000000000000000000000_isize == 0x3fffffffffffffff || 63u16 == 0b1_11_1_11_11_1111 { p0 as u64 } else { u64::MIN >> (0xffffffffu32 & 63) };
    }
    let v1 = 9u8;
    for i2 in -0x1i32..0o5i32 {
        for i3 in (u16::MAX - 0o5)..=u16::MAX {
            if 0x7FFFFFFFFFFFFFFEi64 <= -1_1i64 || 0o10u32 <= 0o5 {
                let v4: bool = true && false && (false && -0b111111111111111111111111111111111111111111111111111111111111111i64 != 0b110);
                let v4: u16 = i3;
                let v5 = u32::MAX;
            } else if !(if 1_usize < 0o0usize { 9i8 >= 0o54i8 } else { 8541754140344392783usize > 9usize }) {
                let mut v6: u8 = 65;
            } else {
                let v7: i64 = if (if 0o0usize != 9223372036854775807 { false } else { 0o117i64 != 0b1001 }) & (0u16 != 1u16) { (-0b1000000000000000000000000000000000000000000000000000000000000000_i64 % ((-3613951213990152741 & 0x7) + 1) & 2147483647) * (67_1088_6_4usize as i64 & 2147483647) } else { sub_i64(neg_i64(-0x7fffff_f_fffff_ffff), i64::MAX / ((0x0 & 7) + 0b1_i64)) };
                let mut v8 = i8::MIN;
                let mut v9 = div_i32(-0x3B4F0CF2, 0o2000) & i2;
            }
            let c10: u32 = 0;
            let c11 = c10 << 4;
            let c12: u32 = 8u32 ^ c11;
            let c13 = 0b100 | c10;
            let v14: u64 = 9_007_1_99_2_5474_0_991_i64 as u64;
        }
    }
    let v15 = f0(p0 - 1);
    17570417855218745215
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mul_isize(a: isize, b: isize) -> isize {
    if a > 0 {
        if b > 0 {
            if a > isize::MAX / b {
                return a;
            }
        } else if b < isize::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < isize::MIN / b {
            return a;
        }
    } else if a != 0 && b < isize::MAX / a {
        return a;
    }
    a * b
}
