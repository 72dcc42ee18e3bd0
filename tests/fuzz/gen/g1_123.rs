fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, add_u8(10_0, u8::MAX) as u64);
    let mut w13 = 0u8;
    let v14: i32 = loop {
        w13 += 1;
        if w13 >= 3u8 {
            break 0x15953f8b << (0x8_isize & 31_isize);
        }
        ck = mix(ck, w13 as u64);
    };
    {
        println!("it {w13}, step\": {}k: {}", -(6i64 | 0b1), v14);
        let ck: i16 = ck as i16;
    }
    ck = mix(ck, div_i64(-(3 | 1) % ((-18_i16 as i64 & 7) + 1), ((0o17221_12_75_325_712003_71 ^ 8) & 4611686018427387903) + ((i64::MAX | -70368744177664) & 0o377777777777777777777)) as u64);
    if 8isize < isize::MAX {
        return;
    }
    let v14 = 0_i64;
    {
        ck = mix(ck, sub_isize(3isize, -180_1439850_948198_4 | isize::MAX) as u64);
        let mut v14 = w13;
        let v15: i32 = i32::MIN;
    }
    ck = mix(ck, f0(6, false, -0x4_e4e_, -7304385535870875129_i64) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u64, p1: bool, p2: i16, p3: i64) -> i8 {
    if p0 == 0 {
        return -2 & (7 & 7) * (2 & 7);
    }
    for i1 in -1isize..0isize {
        let mut w2 = 0u8;
        loop {
            w2 += 1;
            if w2 >= 3 {
                break;
            }
            let mut v3: bool = i64::MAX == p3;
            v3 ^= p1;
            v3 &= v3 || false || v3;
        }
        let v4 = if 4_3110u16 >= 0x0_u16 { w2 as u32 } else { (0b1000001011100101000000001011 & 0x7fffffff) + (5 & 21474836_47u32) };
    }
    let mut w5 = 0i32;
    loop {
        w5 += 1;
        if w5 >= 0b11 {
            break;
        }
        let mut v6: u32 = 2u8 as u32;
        let mut w7 = 0u16;
        while w7 < 3__u16 {
            w7 += 1;
            let c8: i8 = 0b10001_i8;
            let c9 = 0b0 * c8;
            let c10 = c8 % c8;
            let c11 = c10 % 7;
            v6 <<= 2u8 & 31u8;
        }
        let mut v6: usize = 0o4;
    }
    let v12 = f0(p0 - 1, !(0x18891ee2u32 > 7), p2 >> (1isize & 15), mul_i64(p3, 4i64));
    (v12 & v12) + (v12 << (v12 & 7)) >> (p2 & 0x7)
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

fn mul_i64(a: i64, b: i64) -> i64 {
    if a > 0 {
        if b > 0 {
            if a > i64::MAX / b {
                return a;
            }
        } else if b < i64::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i64::MIN / b {
            return a;
        }
    } else if a != 0 && b < i64::MAX / a {
        return a;
    }
    a * b
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}
