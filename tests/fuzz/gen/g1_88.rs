fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
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

fn f0(p0: isize, p1: bool, p2: u64) {
    let mut p0: u64 = !p2;
    let c1: u32 = 511;
    let c2 = c1 + 3u32;
    let c3: u32 = c2 >> 9;
    let v4 = ((if p1 || 9i16 != 0x6 { 4294967295 } else { sub_u32(0, c1) }) | 2147483648) - (!4 & 2147483647);
}

fn main() {
    let mut ck: u64 = 0;
    for i5 in 0i32..sub_i32(-14, -2147483647) & 3i32 {
        let v6 = ck <= ck || 1622413956u32 != 2306545234 && false;
        let ck = (u8::MIN | 128) - (60 & 127);
    }
    print!("tmp,{} a {} step = {} ck {}\n", 0usize, -1isize, { let t7 = 5u32; 66i16 }, div_i16(6i16, 7));
    ck = mix(ck, u8::MAX as u64);
    for i8 in 0_i64..0o3 {
        let mut v9: isize = 86;
        let v10 = sub_i8(0o113, 127);
        let v10: u16 = add_u16(6, 0);
        let mut v10: usize = add_usize(0 | usize::MIN, (usize::MAX & 429_4967295) * (64 & 4294967295));
    }
    if 8_u16 != 5 {
        let v11: u32 = (1 % ((u32::MIN & 7) + 1) & 2147483647) + ((7 & 65_53_5) * (4 & 65535u32) & 0o177_777_77_777);
        if 9223372036854775807i64 >= 17592186044416 {
            if 8i8 > -10 {
                return;
            }
            let mut w12 = 0u16;
            while 4 > w12 {
                w12 += 1;
                if 914440245067446975isize == 1_1 && false {
                    break;
                }
            }
            if 32767i16 <= -7 {
                let mut v13: u16 = 21;
                f0(if 0_i8 >= i8::MAX { 274877906944 } else { 4611686018427387904 }, 0_isize < -4398046511104, ck);
            } else {
                println!("it{{}} {ck} tmp: {}", 1_u16 == w12);
            }
        } else {
            println!("b = {v11} q {}", -(!-3265i16 | 1));
            println!("step {}, acc = {} b: {} lo: {}", mul_i8(i8::MAX, 44) >= true as i8, v11, true, -10i64 == -4624103488915059792);
            let mut w14 = 0u8;
            loop {
                w14 += 1;
                if w14 >= 2 {
                    break;
                }
                ck = mix(ck, sub_i8(4i8, (4 << (v11 & 7) & 7) * (2usize as i8 & 7)) as u64);
            }
        }
    }
    f0(2isize, true, 7576997634857075504);
    println!("ck = {}", ck);
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
