fn f0(p0: u64, p1: i32, p2: bool, p3: u64) -> i64 {
    let v1: i32;
    if i8::MIN <= 0b1111110_i8 {
        v1 = !-2147483648;
    } else {
        v1 = ((if p2 { 0o2i32 } else { p1 }) & 1073741823) - ((p1 & 1073741823i32) + (p1 & 0b111111111111111111111111111111) & 1073741823i32);
    }
    for i2 in 0usize..usize::MIN & 0x7usize {
        println!("k {i2}");
        println!();
        let v3 = div_i64(-(5u64 as i64 | 0x1), 0);
    }
    let mut w4 = 0u16;
    while w4 < 6u16 {
        w4 += 1;
        let v5: usize = 18446744073709551615;
    }
    let mut w6 = 0i32;
    while w6 < 0b110 && (p2 || p2) {
        w6 += 1;
        if p2 || p2 {
            return ((if p2 { -134217728 } else { 0x0 }) & 4611686018427387903) + (-4595166193936477033 & 4611686018427387903);
        }
        let v7 = (w6 & 1073741823) + (p1 & 1073741823);
        let v8: u32 = 0x60;
    }
    let mut p2 = 2;
    sub_i64((70 & 2147483647) * (0x7FFFFFFFFFFFFFFF & 2147483647) / ((mul_i64(0x8, 7) & 0x7i64) + 1), (w6 < 2147483647) as i64)
}

fn main() {
    let mut ck: u64 = 0;
    let mut v9: i16 = 27638;
    let mut v10 = -4332702317313916763i64 == 55;
    v9 %= (0o2i16 & 7i16) + 1;
    let mut w11 = 0o0_u8;
    let v12: u32 = loop {
        w11 += 1;
        if w11 >= 5 {
            break !2147483647;
        }
        println!("z: {v10} r: {v10}, acc{{,{}, r,{}", 8u32, true);
    };
    ck = mix(ck, f0(0, 0x59, true, 0b1111111111111111111111111111111111111111111111111111111111111110_u64) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
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

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
