fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if u8::MAX > 0b1 && 2199023255551i64 < 0x5_0_0_1_E9_1A_5D_57_AC_73_i64 {
        return;
    }
    for i11 in 2u8..0b11u8 {
        let mut v12;
        if ck > ck || true {
            v12 = div_u8(i11, i11);
        } else if isize::MAX != -8589934592isize && (0x6u32 > 0o0 && i16::MAX <= 0o400_) {
            if (-0b101111100101001111100011101111010111010110100110110010_isize == -4398046511104isize) | (3u16 == 0o60u16) {
                continue;
            }
            v12 = i11;
            let ck = ck << i11 & ck;
        } else {
            let v13 = rem_u64(0x24 & ck, ck / ((3u64 & 0x7) + 0o1u64));
            v12 = add_u8(0b10, i11);
            let mut w14 = 0_i64;
            let v15: i8 = loop {
                w14 += 1;
                if w14 >= 0x5 {
                    break i8::MIN >> (0b1u32 & 0b111u32);
                }
                let v16: i32 = 0b1;
                if ck <= v13 && 8137i16 == 0x3_5c0 {
                    return;
                }
                let mut i11 = ck;
            };
        }
        let c17: isize = 6isize;
        let c18: isize = c17 ^ c17;
        let i11 = (ck <= ck) as i32;
    }
    let v19: u32 = div_u32(0x0u32, 0xFFFFFFFE);
    println!("n {:016}, q,{0:><x}", v19);
    ck = mix(ck, f0(-0b10000000000000000000000000000000, -262144, 7_) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: i32, p1: i32, p2: i64) -> usize {
    for i1 in -2isize..0b11_0isize {
        let v2: i8 = -0x47;
        if (p0 >= 5_i32) | (i1 != i1) {
            break;
        }
        let p0 = p2;
    }
    println!("b = {:.6} x {{ok}}: {1} res {:#} ck,{:-0}res: {}", 0x42_usize, 0b11u32 == 7_u32, p1 << (-15699i16 & 31i16) | p0, (-0x80000000_i32 & 0x3fffffffi32) - (p1 & 0x3fffffff));
    let v3: i8;
    for i4 in 0x0u16..div_u16(0o100000_u16, 7_u16) & 0xF {
        let mut w5 = 0u8;
        let v6: i32 = loop {
            w5 += 1;
            if w5 >= 3_u8 {
                break p1;
            }
            if -0o477247673661404355054i64 < p2 {
                continue;
            }
            let v7: isize = 35184372088831;
        };
        let v8 = (rem_u8(w5, w5) >> sub_u32(0xa3807da9, 0b1_10101u32) | 128) - (w5 & (if false { w5 } else { w5 }) & 0o177u8);
        if p2 == p2 || 9223372036854775807_usize <= 0b1_0_0_usize {
            print!("ck,{} ", ((-4isize == -0b111111111111111111111111111111111111111111111111111111111111111) as isize) << p2 - p2);
            let p0 = 0o1474130450356166540546usize;
        }
    }
    v3 = 127;
    let v9: u64 = 0x2Bu64;
    let v10: usize = usize::MAX as usize;
    usize::MAX
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
