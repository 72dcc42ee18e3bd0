fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: i64, p1: i64, p2: i64, p3: u32) -> usize {
    println!("acc = {}hi = {p2}, b,{}", 32767i16, 89_i8);
    println!("out: {p0} hi,{}", true || p3 < p3);
    if !(20890i16 <= 8_) {
        println!("k");
    } else {
        let p1: bool = true;
    }
    (u64::MAX & 2_25_01479493_0_4_24_07_3) as u64 as usize
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
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

fn f1(p0: i64, p1: usize, p2: u8) -> u64 {
    let mut v1: u32 = 0x7;
    println!("k{{ = {}, step = {} hi = {}", 0o17777777776, mul_isize(0b1_000_00, rem_isize(2, 6)), v1 < v1);
    v1 = v1;
    sub_u64(mul_u64(5, 9_22_3_37203_6_854_77_5_8_07), 155527836_965_34027982) + add_u64((6 & 922_3_3720368547_75_807u64) + (65535 & 9223372036854775807_), 4 & 1099511627775)
}

fn main() {
    let mut ck: u64 = 0;
    for i2 in 3..11isize {
        println!("lo: {i2} b {} ck: {ck}, sum: {},", 2u8, 0o11u32);
    }
    let mut v3 = 4096u64;
    v3 /= (ck << (2305843009213693952usize & 63) & 7) + 1;
    let mut w4 = 0i32;
    let v5: i64 = loop {
        w4 += 1;
        if w4 >= 3 {
            break 1613892578511510490i64 << (2_54u8 & 63u8);
        }
        let v3: bool = !false;
        if 49496u16 != 16383 {
            if v3 || v3 {
                continue;
            }
            if 80u8 > 0_ {
                break 524287;
            }
            if v3 && v3 {
                continue;
            }
        } else {
            let v6: i64 = 76;
            ck = mix(ck, sub_u32(0, u32::MIN) as u64);
        }
        if 4503599627370496usize >= 25 {
            continue;
        }
    };
    ck = mix(ck, f0(9, 8, 9223372036854775807, 0x445af820) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(16, 6, 0o200) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}
