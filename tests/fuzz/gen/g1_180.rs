fn main() {
    let mut ck: u64 = 0;
    println!("lo\'");
    for i17 in 4u64..0x5_u64 {
        if false {
            break;
        }
    }
    println!("d,{ck} tmp: {ck} val {{ok}}: {}, d,{}", (86_303_590_5_18_4814961_4_i64 >> (3687i16 & 63) & 0b11111111111111111111111111111111111111111111111111111111111111) + (-(4 | 0o1) & 4611686018427387903), (0b0u64 >= 11112342794142664918u64) as u32);
    let v18 = sub_u64(ck, (ck & 4294967295) * (ck & 0xFFFFFFFF));
    if 0o20000000000000000000i64 >= 0o142 && 0b111111111111111111111111111111111111111111111111111111111111111isize >= 78 {
        return;
    }
    for i19 in u32::MIN..0o3 {
        print!("x|");
        if true || false || (16384i16 == -0b101101001100010) ^ (-288230376151711744i64 >= 22i64) {
            ck = mix(ck, false as i64 as u64);
        }
        let mut w20 = 0o0u8;
        loop {
            w20 += 1;
            if w20 >= 3u8 {
                break;
            }
            if !(727258201_i32 <= 121901731i32) {
                continue;
            }
        }
    }
    let mut v18: u32 = !37 & 0;
    ck = mix(ck, f0(0u32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(26891u16) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: u16) -> u32 {
    f0(0u8 as u32 & 15u32);
    let mut v12 = ((0b11100000010000010001100111100100000011100100101010010110000u64 << (0i64 & 63i64)) % ((1u64 & 7) + 1)) as u16;
    let mut v14 = ({ let t13 = 13u64 as u8; 19 }) / ((rem_u8(u8::MIN, 6u8) & 7) + 0o1);
    let mut v15 = (76i8 >= 127) as u8 ^ v14;
    let v16: i32;
    if (if 63989u16 == p0 { 9223372036854775808u64 > 9223372036854775807 } else { false }) {
        v16 = neg_i32(-1155940852 << (4_u32 & 31u32));
    } else {
        v16 = 0o4;
    }
    0
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u32) -> i64 {
    if p0 == 0 {
        return -3;
    }
    let mut w1 = 0i64;
    while w1 < 0o3 {
        w1 += 1;
        for i2 in 0o0i16..mul_i16(i16::MAX, 1) & 0x7i16 {
            let v4: u8 = rem_u8({ let t3 = i2; 2u8 }, u8::MIN);
            if w1 >= w1 {
                let v5: usize = 6577004973696979364;
                let v7 = div_usize({ let t6 = 0xfffffffffffffffeu64; 10641821006538932422usize }, 63);
            }
        }
        let mut v8: i32 = (0x0 & 1073741823i32) + (0xci32 & 10737_41823) << (mul_u16(0u16, 2908) & 0x1f);
        let mut w9 = 0x0usize;
        while w9 < 4usize && 7_u64 == 0 {
            w9 += 1;
            v8 = (-196233067 & 0o77777) * (57 & 32767i32);
            v8 = v8;
            for i10 in 0x0i8..20i8 & 0o3 {
                v8 ^= (3 | v8) ^ 7;
            }
        }
    }
    let v11 = f0(p0 - 1);
    ((1u64 << (0o10_u64 & 0o77)) as i64 & 4611686018427387903) - (w1 & 4611686018427387903)
}

fn mul_i16(a: i16, b: i16) -> i16 {
    if a > 0 {
        if b > 0 {
            if a > i16::MAX / b {
                return a;
            }
        } else if b < i16::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i16::MIN / b {
            return a;
        }
    } else if a != 0 && b < i16::MAX / a {
        return a;
    }
    a * b
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
