fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (if 0u16 == 84_u16 || true { ck } else { ck }) as u32 as u64);
    let mut v9: i64 = 5575133746127302474i64;
    if 1_u8 < 3_u8 {
        let mut v10: u8 = 0;
        let mut w11 = 0u16;
        while w11 < 6 && 0b11u64 < 4 {
            w11 += 1;
            v9 = 41i64;
            println!("d: {} z: {}", w11, w11);
        }
        println!("z");
    }
    v9 = add_i64(v9, -5957854178262849288i64);
    ck = mix(ck, f0(20u32, 63u32) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u32, p1: u32) -> u8 {
    if 1022u16 ^ 88 < true as u16 {
        let mut w1 = 0usize;
        let v2: i32 = loop {
            w1 += 1;
            if w1 >= 8 {
                break 8i32;
            }
            if i64::MIN < 5_i64 {
                continue;
            }
            let v3: u8 = 31;
            let v4: u64 = u64::MIN >> (7_isize & 63);
        };
    } else {
        let mut w5 = 0usize;
        while w5 < 3usize {
            w5 += 1;
            let p0: u8 = div_u8(8730116509627792685isize as u8, add_u8(1i8 as u8, 87u16 as u8));
            let v6 = w5;
        }
    }
    let mut v7: u64 = 7;
    let mut v8: i16 = 2i16;
    div_u64(v7, v7) as u8 / div_u8(0o41u8, mul_u8(2, 0))
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}
