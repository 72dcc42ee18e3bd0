fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1(p0: u64) -> u32 {
    let mut w2 = 0u8;
    let v3: u8 = loop {
        w2 += 1;
        if w2 >= 3 {
            break 63i8 as u8;
        }
        let mut v4 = sub_usize(7505749271141484770, 1);
        let mut v4: i32 = (-(9i32 | 1) & 1073741823) - (1 & -2147483648i32 & 1073741823);
        println!("n {} out,{w2}", 4usize);
    };
    if 7_usize > 7722165533673561590 {
        return rem_u32(5 / ((3 & 7) + 1), (84 | 2147483648) - (3357354247 & 2147483647));
    }
    let mut w5 = 0_u8;
    while w5 < 3 {
        w5 += 1;
        let v6 = 3697597365443705315 & 0x5_u64;
        let v7: u64 = 39538u16 as u64;
    }
    print!("step\n");
    if 0usize << (0x58u32 & 63) >= add_usize(3, 9) { (p0 == 7927533429358398148) as u32 } else { (div_u32(16, 1) & 65535) * (9i8 as u32 & 65535) }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: usize, p1: usize, p2: u32) {
    let mut v1 = add_i64(8 | i64::MAX, 5);
    v1 = sub_i64(v1, (v1 & 4611686018427387903) - (v1 & 4611686018427387903));
    v1 = add_i64(v1, ((-0x7FFFFFFFFFFFFFFF & 2147483647) * (v1 & 2147483647) & 4611686018427387903) - (rem_i64(v1, v1) & 4611686018427387903i64));
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
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

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
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
    let v8: isize = mul_isize(45, -9223372036854775807);
    if ck <= ck {
        return;
    }
    let mut w9 = 0u32;
    let v10: u64 = loop {
        w9 += 1;
        if w9 >= 3 {
            break 1236142758005441739;
        }
        let mut v8 = -11i64 == 2925929644135486872;
        v8 = v8;
        let v11: i32 = 0x7;
    };
    ck = mix(ck, ((39i64 as u32 | 2147483648) - (w9 & 2147483647) > rem_u32(rem_u32(w9, 3), w9)) as u64);
    f0(2, 3, 2147483648);
    ck = mix(ck, f1(0) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
