fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
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
    f1();
    ck = mix(ck, (2_u16 << (6601835507918111311usize & 0b1111)) as u64);
    if false && 0x4i16 < i16::MIN {
        return;
    }
    let v18: i32;
    if (if 1u32 != 0b1110000010001100011110001011111 { 127i8 != 0x3fi8 } else { true }) {
        v18 = f1() | sub_i32(-16, 43_9_77_7696_i32);
    } else {
        v18 = f1();
    }
    if 0u32 < 3369411886 {
        return;
    }
    ck = mix(ck, f0(6u64, 0x0u32, 1_i32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u64, p1: u32, p2: i32) -> u64 {
    if false {
        println!("hi {}, x = {}res {} tmp\' {}", 2, rem_u8(0o10, 9), i64::MIN >> (7usize & 63_usize), p2);
        let mut v1 = -9223372036854775808i64 >> (0x2i64 & 0o77);
        println!("y");
    } else {
        println!("step,{}, lo = {p2},", 524288u32);
        let mut w2 = 0x0i32;
        while 0o3 > w2 {
            w2 += 1;
            let p1 = u16::MIN;
            let v3 = 0b110 | u32::MIN;
            let p0 = 8;
        }
        for i4 in 5..11u32 {
            let mut w5 = 0u16;
            let v6: u64 = loop {
                w5 += 1;
                if w5 >= 0b11 {
                    break (p0 & 0o37777777777u64) * (p0 & 4294967295u64);
                }
                let v7: i32;
                if 7usize == 2_usize && 24i8 > 127 {
                    v7 = (w2 & 0x3fffffffi32) - ((p2 | p2) & 0o7777777777);
                } else {
                    v7 = sub_i32(0x9i32, i32::MAX ^ i32::MIN);
                }
                let mut v8: u8 = 262144isize as u8 % div_u8(200_u8, 0xF0) ^ 51u8 as i8 as u8;
                let v9: i32 = p2;
            };
            println!("out,{}hi: {} a {}", div_i16(6i16, 7i16), 3_u8, w5 == 32768);
        }
    }
    let mut p2 = (8i16 >> (-0x4000000i64 & 0o17)) % ((neg_i16(-0o22) & 7) + 1);
    let v10: usize = 0b0 << (74u16 & 0o7_7u16);
    p2 = p2;
    { let t11 = p1 - p1; sub_u64(rem_u64(p0, p0), p0) }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1() -> i32 {
    let mut w12 = 0o0i32;
    let v13: bool = loop {
        w12 += 1;
        if w12 >= 6 {
            break true;
        }
        let mut w14 = 0u32;
        let v15: u16 = loop {
            w14 += 1;
            if w14 >= 3 {
                break 8u16;
            }
            println!("val: {}, n,{w12}, x,{},", 5_i16 << (0x4eu64 & 15) & -(-18055i16 | 1), 5i32);
            if 0u64 != 18446744073709551615 && 2u8 <= 254 {
                if 524287isize < -0x6 {
                    continue;
                }
                let v16: i64 = 5;
            }
        };
    };
    let mut v17 = rem_u8(u8::MIN, u8::MAX) >> ((i16::MAX & 16383_) - (32767 & 16383i16) & 7);
    1 / ((w12 & 7i32) + 1i32)
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}
