fn main() {
    let mut ck: u64 = 0;
    println!();
    println!("y {}", (0b1000100i64 ^ -0x4c583d9ec6e31357) << (1_i16 & i16::MAX & 63));
    ck = mix(ck, ((ck as i64) <= rem_i64(0b1_1_1_1111111111_1_1_1_1_1_11111_1_11111111111111_1_11_1111111111_111_1_111_1111, 0b1) + add_i64(-17_i64, i64::MIN)) as u64);
    f0(5u64 != ck, rem_i16(8, 0o0));
    if (0u8 != 0) | (0o10u16 == 0b0) {
        print!("b ");
    } else if !(true && true) {
        let mut v13 = 0o37;
    } else {
        let v14 = 0x7FFF_FF_FFFi64 as i64;
    }
    ck = mix(ck, f0(true, 0o115) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
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

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: bool, p1: i16) -> usize {
    for i1 in 4usize..10 {
        let v2 = 0x98_u8 as u8;
        let mut w3 = 0_usize;
        while w3 < 0b10 {
            w3 += 1;
            if p0 && p0 {
                return rem_usize({ let t4 = 0x800_u32; i1 }, (w3 & 9223372036854775807_) + (0o4_11_7160_412_5631_4_533415 & 9223372036854775807));
            }
            for i5 in i8::MIN..=(i8::MIN + 0x1i8) {
                println!("tmp = {}", (if -6350317873664883848_isize == 0o0 { 0b110100011110100111111000001100100110111100000001000001111100111u64 } else { 0x9D1455C8C487089Bu64 }) / rem_u64(0x2cu64, 0x4_));
                if 0xF9619B2Eu32 >= 0u32 && p0 {
                    break;
                }
                let mut v6: i32 = 0x3FFFFi32;
            }
            let mut w7 = 0_usize;
            let v8: u8 = loop {
                w7 += 1;
                if w7 >= 0x3 {
                    break 9_u8;
                }
                if p0 {
                    continue;
                }
                if false == p0 {
                    return (w7 | 9_2_2337203_68_54_775808) - (div_usize(w7, 9_) & 9223372036854775807);
                }
            };
        }
        let v9 = ((0o77777 | 2147483648) - (0xdc2d7304 & 0b1111111111111111111111111111111) >> (mul_isize(0isize, 0b111111111111111111111111111111111111111111111111111111111111111isize) & 0b11111isize)) + (if p0 { !u32::MAX } else { p1 as u32 });
    }
    let mut v10 = 0x1_u16 as u8 as u16;
    let v11: usize = 15113859755921390381;
    let v11: u16 = 0x18;
    let v12: i32 = ((-0b100_0000_0000000_00000_00_0_00000_00_000i32 ^ 0x9) & 0b111111111111111111111111111111) - (56_i32 & 1073741823_i32);
    (div_u32(0o1u32, 0b11111111111111111111111111111110_u32) | (2u32 | 2147483648) - (62 & 0b1111111111111111111111111111111_u32)) as usize
}
