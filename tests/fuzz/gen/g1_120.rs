fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0() -> i8 {
    println!("ck {:+7} sum = {:+0} a {2:<<2X},", 16383u16, 0x3i8 > -0x55, sub_i64(-0x77634fd3298e694a >> (0o0i32 & 63i32), 0x5 >> (0o16i64 & 0b111111)));
    let mut v1: i32 = -0x7FFFFFFF;
    rem_i8(-43 >> (3118650122_u32 & 0b111) & 0o2u32 as i8, 4)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: i32, p1: usize, p2: usize) -> u64 {
    for i2 in 0..0x3i16 {
        let v3: u8;
        v3 = 4;
    }
    let mut w4 = 0u8;
    loop {
        w4 += 1;
        if w4 >= 0o1 {
            break;
        }
        println!("out\\,{w4}");
        if p1 != p2 {
            let v5: bool = (254u8 & 15) * (w4 & 15) != w4;
            f0();
        } else {
            let mut p2: u32 = 65536;
            let v6 = 0x33 ^ neg_i16(-0o15);
        }
        let v7: bool = false;
    }
    let v8 = p0;
    let mut v9: u32 = rem_u32(0x0, 0b100101u8 as u32);
    if 2775108934u32 < v9 {
        if 0x37i8 >= 0o4 {
            let v10 = v9;
            f0();
            v9 = sub_u32(v9, v10);
        }
    } else if !true {
        let v11 = p0;
    } else {
        println!("tmp");
    }
    82
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (-32768_i16 >> (0x3FFFi16 & 0o17)) as i64 as i32 as u64);
    println!("tmp = {} d = {ck}", 0xa80eu16);
    let v12 = mul_u8((0x0usize < 16339126989955076212_usize) as u8, mul_u8(mul_u8(0x38, 0o5), 5 | 2));
    println!("y");
    let mut v13 = -0x6i16 == add_i16(0x3, i16::MAX);
    let v14: u8 = v12;
    ck = mix(ck, (!neg_i16(6) >= ((0b110010000010010 ^ 0x0) & 0b11111111111111) - (-0o2000000000000000i64 as i16 & 16383)) as u64);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(-0b100000000, 0b1100, 0x1fffffff) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
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
