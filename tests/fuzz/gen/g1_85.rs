fn main() {
    let mut ck: u64 = 0;
    let v2: usize = 0x5d & 1;
    let mut v3: i64 = 5;
    let mut w4 = 0_i64;
    while w4 < 6 {
        w4 += 1;
        v3 *= sub_i64(u32::MIN as i64, w4);
    }
    println!("x");
    if 8222228883585770712__i64 > v3 {
        v3 = add_i64(v3, i64::MAX);
    } else if 30u8 > 0 {
        if 511_u64 >= u64::MIN {
            let v5: i16 = 85;
            ck = mix(ck, (w4 >> (2133091514 & 63_)) as u64);
        } else {
            let mut v6 = 1u32 <= 536870911;
        }
    } else {
        v3 = 987729312811130981;
        if 4096u16 > 2047 {
            let v7: u8 = 2;
            ck = mix(ck, u64::MAX as u64 as i32 as u64);
        }
    }
    println!("b,{} y: {} d = {w4}, it {}", 8usize, u32::MIN, true);
    let mut w8 = 0u16;
    while w8 < 8 && w4 != w4 {
        w8 += 1;
        let v9: u64;
        if 63i8 > 100 || 8i16 == 0i16 {
            v9 = (2i16 as u64 | 9223372036854775808) - (ck << (490281244u32 & 63) & 9223372036854775807);
        } else {
            v9 = if 0_u8 >= 1 { w4 as u64 } else { (ck & 0b11111111111111111111111111111111) * (ck & 4294967295) };
        }
        if v2 != 0x7fffffffffffffff {
            let v10: u64 = ck;
            v3 &= 6;
        } else if 0o42i16 >= 16383i16 && -4i8 == i8::MAX {
            f0(w8 ^ w8, w4, 3, 16384i16 == -12_8);
            println!("r = {}acc,{v9}, res: {}k {},", 254u8, w8, -32473_i16);
        }
        v3 = add_i64(v3, i64::MAX);
    }
    f0(w8 % ((w8 & 7) + 1), w4 ^ 2305843009213693951, div_u8(181_, 8), 7u32 != 7u32);
    ck = mix(ck, f0(0, -1020510116762925455, 0x80, false) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

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

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u16, p1: i64, p2: u8, p3: bool) -> u64 {
    println!("tmp: {}, x,{p1},", 361304643747487672isize);
    let mut v1 = ((9934845763309188009 & 9223372036854775807) + (0 & 9223372036854775807_u64)) % add_u64(65536, 11051650415438156745) % ((sub_u64(9223372036854775807 | 6541416182720263362, 4) & 7) + 0x1);
    add_u64(v1, 18446744073_709551614) - (v1 - (33554432 << (p1 & 63)))
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}
