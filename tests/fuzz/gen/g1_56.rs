fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
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

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
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

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
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

fn main() {
    let mut ck: u64 = 0;
    let mut v7: i32 = 80;
    let v8: u8;
    if (-8525088420286988492isize < 96) & true {
        v8 = 84;
    } else {
        v8 = !0u8 as u8;
    }
    v7 = v7;
    v7 /= ((v7 & 1073741823) + (v7 & 1073741823) & 7) + 1;
    let mut v9: i32 = (((i32::MIN & 1073741823i32) + (7 & 1073741823) & 32767i32) * (v7 & 32767) & 1073741823) - (neg_i32(if 36i8 > 8 { v7 } else { v7 }) & 1073741823i32);
    ck = mix(ck, (div_u8(3u8, v8) << (4611686018427387903_i64 & 7i64)) as u64);
    if 9i16 <= 8 {
        ck = mix(ck, neg_i64(1) as u64);
        if ck <= ck {
            let mut w10 = 0u32;
            let v11: bool = loop {
                w10 += 1;
                if w10 >= 6 {
                    break usize::MAX < 0b0;
                }
                if (1_i64 > -9223372036854775808) ^ false {
                    break 9i16 >= 11692 || w10 != 16;
                }
                v9 <<= v7 & 31;
            };
            let v8: i32 = -1235888879362790958isize as i32;
            v7 = (v8 & 1073741823) + (v9 & 1073741823);
        }
    }
    ck = mix(ck, ((((5_isize & 4611686018427387903) - (18isize & 4611686018427387903)) as u32 & 2147483647) + ((u32::MIN ^ 95isize as u32) & 2147483647)) as u64);
    ck = mix(ck, f0(4, 1i32, 60) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: usize, p1: i32, p2: u64) -> i16 {
    if p0 == 0 {
        return i16::MIN % ((-128 & 7) + 0x1) * div_i16(0b10, 86);
    }
    let v1: u16 = (1 | 32768) - (0 & 32767);
    let v2: i32;
    if 86isize >= 1044265560925419827 || usize::MIN >= 0x4usize {
        v2 = 8;
    } else {
        v2 = { let t3 = mul_i16(16384i16, 4); 1u32 as i32 };
    }
    let mut v4 = if false { 1023 } else { (v1 & 32767) + (1u16 & 32767u16) };
    let v5 = f0(p0 - 1, mul_i32(v2, v2), p2 << (v2 & 63i32));
    { let t6 = -2147483648; v5 >> (-(8i64 | 1) & 15) }
}
