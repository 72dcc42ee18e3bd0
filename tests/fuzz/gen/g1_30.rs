fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
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

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    for i4 in 0o5u32..=0o4_ {
        if true & (0x107870159c0cb072isize == 0b1101isize) {
            if 0o11_isize > 7 || false {
                let v5 = 0b10_i32 as u8;
                let v6: u16 = add_u16(9, 0x40_00) ^ 3276_8 << (0usize & 0xf);
                ck = mix(ck, (f0() | 0o0_) as u64);
            } else if u64::MIN < ck {
                let mut v7: usize = 1;
            }
            if i4 == 0o6510632641u32 {
                break;
            }
        } else {
            let v8 = 7 | 0b10u32;
        }
        for i9 in 0b1_0u8..0x5u8 {
            if !false {
                let mut v10: usize = 75 >> (409_5u16 & 6_3u16);
                v10 |= v10;
                let v10: usize = 0x0;
            }
            let v11 = add_i32(i32::MAX, -0xD) * i4 as i32;
        }
    }
    let v12 = 0x7usize;
    let v13 = 7 - div_i64(-0x21e8479f7730c626, -0x3700e223i32 as i64);
    println!("k é");
    ck = mix(ck, (if -5_0_0_68386_1i32 < 0o1_1i32 { 0o10__u32 } else { 1073741823_u32 }) as u64);
    for i14 in 0x0i64..=v13 << (0o4isize & 0b111111) & 0x7i64 {
        let mut v12 = 43 << i14;
        v12 &= v12;
    }
    if 5isize <= isize::MAX && 0x62i16 < 4_i16 {
        let mut v15 = 0x4000000000000000 & 2650115119363794337isize;
        println!("lo = {},", (1_5_i8 <= -7) as u16);
        for i16 in 0x0i32..mul_i32(5, -0x25F7F7EDi32) & 0o1_7i32 {
            let mut v17 = (-0x80_0_0_0_0_i32 & 3_2767_) * (i16 & 0b111111111111111_i32);
            let v15: u16 = v13 as u16;
        }
    } else {
        let mut v18 = v12;
        let mut v19 = sub_u8(0xA_B | 5, (0x2u8 | 128) - (0 & 0b1111111)) >> (ck & 0o7);
        let v20 = 0x69EF551Ei32 << (rem_u32(1113342551, 111033186) & 78_ << (u64::MAX & 31));
    }
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0() -> usize {
    let mut v1 = 0xfffffi32 as i32 % (1 << (0x9u32 & 0b11111) >> div_u64(0b100_010101000010_01_0_1110_1_1_1_01_011_010_0_00_1_0_100_01_0_1_0010100_110_01_1_0_1000u64, 0xE66EB1FF740BF90D));
    let mut w2 = 0_usize;
    while w2 < 0x5usize && 0o3_7_777_777_77_6u32 == 0x3Fu32 {
        w2 += 1;
        v1 = if 63i8 > -0o136 { v1 } else { v1 };
    }
    let mut v3: u16 = 4;
    (add_usize(5u64 as usize, if 6i8 <= -0x80 { w2 } else { 0x21 }) & 4294967295usize) * (usize::MAX & 0xffffffffusize)
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}
