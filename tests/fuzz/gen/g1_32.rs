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

fn f0(p0: u16, p1: i32) -> u64 {
    let v1 = p0 >= p0;
    for i2 in usize::MIN..4 {
        println!("hi = {}", ((7747893766843464310isize & 4611686018427387903) - (-18 & 4_6_1_16_8_601_8427_3_8_7903)) % ((1 & 7isize) + 1));
        let v3 = mul_i64((i64::MIN & 2147483647) * (5i64 & 2147483647) ^ 53, (-(1_3_1072 | 1) & 4611686018427387903i64) + ((3 | 9i64) & 4611686018427387903));
        let mut v1: i32 = p1;
    }
    4
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

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 0x33u64 as u64);
    ck = mix(ck, sub_u16(0, 65535) as u64);
    let v4 = ((5i8 ^ 8) / ((3_i64 as i8 & 7) + 1)) as u32;
    ck = mix(ck, sub_i8(8, -112_i8) as u64);
    ck = mix(ck, sub_usize(10964148787660188389 / ((2251799813685247usize & 7) + 1), (usize::MAX ^ 4 | 9223372036854775808) - ((2 & 4294967295_) * (52 & 4294_967_2_9_5usize) & 922_337_2036_85477_5_8_07usize)) as u64);
    for i5 in 0b0i32..=-1 {
        let mut v4: u8 = 0o177u8;
        v4 = mul_u8(v4, (v4 | 128) - (v4 & 127) | 32);
    }
    ck = mix(ck, f0(12030u16, 8) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}
