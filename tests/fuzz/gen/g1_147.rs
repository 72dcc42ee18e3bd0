fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
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

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0() -> i8 {
    if rem_u16(1, 8903) < u16::MAX | 8 {
        if u32::MAX < 0 {
            let v1: u32 = 0x8;
            println!("z\u{e9} {v1}");
        }
        if 3u8 == 21 {
            return i8::MIN ^ sub_i8(6, 3);
        }
        let v2: i32 = -2054843929 >> (7u64 & 31);
    }
    if true || 0b1_u32 >= 4 {
        println!("y = {}k = {}", 0o111u64, -2i16);
    } else {
        println!("a,{}", (0o1736521573526205323100usize & 4294967295) * (7 & 4294967295));
        let mut v3: isize = !72;
    }
    ({ let t4 = 3isize; 37i8 }) as i8 ^ (32768u64 > 0b111) as u32 as i8
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: bool, p1: u64) {
    if 127_i8 != 5 {
        let mut v5: bool = p0;
        let mut v6: i32 = mul_i32(-(0 | 1), (-374941849i32 & 0b111111111111111) * (-1_6 & 32767));
        let mut w7 = 0i32;
        loop {
            w7 += 1;
            if w7 >= 0b1 {
                break;
            }
            let v8 = rem_usize(9223372036854775808, 0b11);
            v5 = !(0x1u64 == 0x5du64);
            let mut v9 = i32::MAX;
        }
    } else {
        let mut v10: u64 = 0o0;
        let mut w11 = 0i32;
        let v12: u32 = loop {
            w11 += 1;
            if w11 >= 0x8 {
                break (1 & 0x7fffffff) + (u32::MAX & 2147483647);
            }
            let v13: u8 = 41u8 as u8;
            println!("z: {p0} n: {} res\u{e9},{}", 58usize ^ 5693103293855460079, u64::MIN);
        };
    }
    let p1 = mul_u16(8u64 as u16, p1 as u16);
    let mut w14 = 0o0u32;
    let v15: u64 = loop {
        w14 += 1;
        if w14 >= 1 {
            break 0b1001 & 5617819293747284914;
        }
        let mut w16 = 0u8;
        let v17: i16 = loop {
            w16 += 1;
            if w16 >= 0x4 {
                break (1 & 127) * (64 & 127);
            }
            let v18: usize = 13619913285018453778;
            let mut v18: isize = 8;
        };
        let v19: i32 = (8 | 321215067) / (((1 ^ 63) & 7) + 0o1_);
        let v20: bool = p0;
    };
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w21 = 0u16;
    while w21 < 0b1 {
        w21 += 1;
        if 0o16550455631u32 == u32::MIN {
            continue;
        }
    }
    ck = mix(ck, w21 as u64);
    if 0o3isize | -3648303351622424309 == -13 / ((0o777777777777777777776 & 0x7) + 1isize) {
        let v22: u32 = ((!3 | 2147483648) - (u32::MAX & 2147483647) | 0b10000000000000000000000000000000) - (41u8 as usize as u32 & 0x7fffffff);
        println!("n");
    } else {
        let v23: u32 = (((0b0 | 2147483648) - (0o0 & 0b1111111111111111111111111111111) & 65535) * (0 << (-7i32 & 31) & 65535) & 65535) * (0o10 & 65_535);
    }
    println!("res");
    if false {
        ck = mix(ck, (0x15i32 & 2 & -(i32::MIN | 1)) as u64);
    }
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    f1(true, 9223372036854775807);
    println!("ck = {}", ck);
}
