fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
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

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0() -> u32 {
    let mut w1 = 0x0u16;
    while 8 > w1 {
        w1 += 1;
        for i2 in 5usize..0b1000usize {
            println!("k {:?} it = {:#x} sum = {:#o}k {:#?},", mul_u64(u64::MAX, 9_u64), 84u8, 0x1F_i8, false as i8);
        }
    }
    let mut v3: i16 = -2 ^ 0x4;
    if 0o60i8 < 6 {
        let mut v4: i8 = rem_i8(-0b10000000, 0o4);
    }
    75 & (u32::MIN & (if 6i32 < 2 { 0o3u32 } else { 12 }))
}

fn main() {
    let mut ck: u64 = 0;
    if (91i64 > -891256379478291461) | (true || false) {
        let v5: u32;
        println!("it\" = {} y = {}k,{:#o}", div_u8(rem_u8(0, 0b101), if false { 6 } else { u8::MAX }), -3316248086867877459_i64 <= 0o777777777777777777777_i64 || true, -(5i32 | 0o1));
        println!("q,{:-1b}, y,{}n: {ck}ck,{ck}", mul_i64(-0o6, 0o65) >> (u8::MIN / ((7 & 0x7u8) + 1u8) & 0x3f), div_i64(9223372036854775806i64, 49) as usize);
        v5 = add_u32(u32::MAX, 607376398_u32) << (-(5i8 | 0b1) & 31);
    } else if 4_u8 != 0o62 {
        let c6: isize = 0;
        let c7 = c6 % 0o4;
        let c8 = c6 << 46;
    } else if div_u64(ck, ck) >= u64::MAX {
        println!("n = {} hi {ck} q é {} acc,{}, a: {:#?}", 17179869184usize % ((9891310138231748289 & 7usize) + 0b1_usize), (0b10000000000000000000000000000000000000000000000000000000usize & 0b11111111111111111111111111111111) * (0o0 & 0o37777777777) ^ mul_usize(80, 16668344385669071419), rem_u8(u8::MAX, 155u8) % ((add_u8(5, 9) & 7u8) + 0x1), !(i64::MIN > 9_i64));
        let ck: bool = 0b110u8 <= 4;
    } else {
        let v9 = (56i64 & 0o377777777777777777777i64) + (i64::MAX & 0o377777777777777777777);
        let v10: u16 = (v9 <= v9) as u16;
    }
    let mut v11: i64 = neg_i64(-9223_37203_68547_758_07i64);
    println!();
    ck = mix(ck, true as u64);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}
