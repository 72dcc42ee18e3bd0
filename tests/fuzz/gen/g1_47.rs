fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: u16) -> i64 {
    let mut w4 = 0u16;
    let v5: u16 = loop {
        w4 += 1;
        if w4 >= 1u16 {
            break f0(0b1001100i32 & 15i32);
        }
        let v6: u8;
        let v7 = 0 / ((6u8 & 0o7) + 1u8);
        let v8: u32 = 22;
        v6 = v7 ^ v7;
        if true {
            println!("acc: {0} val {} hi,{v8},", 4096_i16 << (p0 & 15u16) < 5i16 ^ 6);
        }
        let v9: i8 = i8::MIN;
        let w4: u8 = 128;
    };
    let v10 = 1u64;
    let mut v11 = usize::MAX;
    v11 = 17852926831649123303_usize;
    let mut w12 = 0i32;
    while w12 < 4 && 79u8 != 36 {
        w12 += 1;
        let v13 = v11 as i8;
        let mut v14 = sub_i64(div_i64(283232819076143488, 5323182516871671233i64) | 81_i64, neg_i64(4 << (0x1u8 & 63)));
    }
    599033536626615681 % ((!(-1793857918 <= w12) as i64 & 7) + 1)
}

fn main() {
    let mut ck: u64 = 0;
    let c15: u64 = 18u64;
    let c16: u64 = c15 << 7;
    let c17 = c15 ^ c16;
    if 2i32 <= 0b1i32 || 511i16 <= 1_i16 {
        let v18: i16 = -19;
        ck = mix(ck, (if (-8548891417423989245isize <= -9223372036854775807) | (1u64 != c17) { mul_i32(5, 8) } else { 0b100 }) as u8 as u64);
        let v19: isize = -((2 >> (1i8 & 63) & 4611686018427387903) + ((8 & 0x7FFFFFFF) * (2 & 2147483647) & 4611686018427387903) | 1);
    }
    let mut v20: usize = mul_usize(3, (4_usize >> (2147483646_i32 & 63)) as usize);
    ck = mix(ck, (if true != (511i16 <= -937) { sub_u8(1u8, 22) } else { 19 % ((9 & 7) + 0o1) }) as u64);
    let v21: u32 = 0;
    let mut v22: bool = true;
    ck = mix(ck, f0(10) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(2) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
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

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: i32) -> u16 {
    if p0 == 0 {
        return (21u16 >> (12370385u32 & 15) | 32768) - (add_u16(0x6_u16, 16602) & 32767);
    }
    let mut w1 = 0usize;
    loop {
        w1 += 1;
        if w1 >= 3 {
            break;
        }
        let v2 = w1;
        if 0u32 > 2021030765 {
            continue;
        }
    }
    let v3 = f0(p0 - 1);
    7u64 as u16
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}
