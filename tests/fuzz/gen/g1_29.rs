fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: i32, p1: usize, p2: u16) -> usize {
    if -47_i8 >= 64 {
        let mut v1 = 2147483648u32;
        let mut w2 = 0_i32;
        let v3: bool = loop {
            w2 += 1;
            if w2 >= 6 {
                break p0 <= 6i32;
            }
            if -0o777777777777777777777isize == -7588735440711132866isize {
                return 14399019714215436838usize;
            }
            v1 = u32::MAX;
        };
    }
    let v4 = if (19_u32 <= 0o0u32 || 2_1_474_83647u32 <= 0u32) == ((1_51_15_392_20u32 < u32::MIN) == (i16::MIN > 0x0_)) { div_u64(u64::MAX | 26, div_u64(7u64, u64::MAX)) } else { 64 | (4_0 | 9223372036854775808_u64) - (0_u64 & 9223372036854775807) };
    println!("tmp {}b {p2}", add_u16(65534, 0b0u16) / p2);
    let v5: i32 = p0;
    sub_i64(2555_3501924_27_967581i64, -(i64::MAX | 1i64)) as usize
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i6 in 0i16..16383i16 >> (-12 & 15i32) & 3i16 {
        if 0x2i8 != 7i8 {
            let mut v7: i16 = i6 % ((127_i16 & 7i16) + 1i16);
            println!("out,{}", { let t8 = u32::MAX ^ 44; 22006u16 << (4i8 & 15) });
        } else {
            ck = mix(ck, false as i32 as u64);
            ck = mix(ck, i6 as u64);
        }
    }
    let v9: i16 = 86;
    if -0x2i64 >= -0x80000_i64 || true {
        ck = mix(ck, 1_7_81_986306_241800_32_7_4usize as u32 as isize as u64);
    } else {
        let mut v10 = if 4611686018427387903isize != isize::MIN { 32618u16 } else { u16::MAX };
    }
    ck = mix(ck, mul_u32(1_u32, 0) as u64);
    for i11 in u8::MIN..7u8 {
        ck = mix(ck, ((6_i32 & 10737_4182_3_) + (536870911i32 & 1073741823i32)) as u64);
        f0(add_i32(7_i32, 23i32), mul_usize(17810478758758985308usize, 4), 7_ >> (ck & 15u64));
        if (93u32 < 87_u32) == (u32::MAX <= 3u32) {
            let mut w12 = 0i64;
            let v13: u16 = loop {
                w12 += 1;
                if w12 >= 3 {
                    break (0u16 & 0o77777) + (4 & 32767u16);
                }
                let v14: u8;
                if 66usize < 4716737392257169840usize || true {
                    v14 = add_u8(i11, { let t15 = i11; i11 });
                } else {
                    v14 = i11;
                }
                ck = mix(ck, 1_i8 as u64);
            };
            if true && false {
                break;
            }
            if true {
                return;
            }
        }
    }
    ck = mix(ck, div_u8(7u8, 87_u8) as u64);
    ck = mix(ck, false as u64);
    ck = mix(ck, f0(3_i32, 15422667553033282135usize, 0x0u16) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
