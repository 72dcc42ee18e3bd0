fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
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

fn f0(p0: usize, p1: bool, p2: u64, p3: bool) -> i32 {
    let mut v1: bool = (64i8 & 7i8) * (-0o103i8 & 7) != div_i8(7i8, 5);
    let mut v2 = p0;
    66
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: i32, p1: u16) {
    f0(rem_usize(0x4, 1), !(56isize <= 0o6isize), 11493167005703681804u64 % ((0x4 & 0o7) + 1_u64), u64::MIN == 0x7_);
    let mut w3 = 0x0u8;
    let v4: usize = loop {
        w3 += 1;
        if w3 >= 4 {
            break 0o10 | 3;
        }
        let v5 = !p0;
    };
    for i6 in 0i8..=(-0o2 & 6_3i8) - (1i8 & 63) & 0x7i8 {
        println!("b: {:9o}n,{} tmp = {} y: {i6:.6} hi: {}", false as i16, 7u64 ^ 92_2_337203_685_47758_0_8, v4, i6);
        let mut v7: i64 = 0;
        let mut v8: u8 = sub_u8(152, w3);
    }
    let v9 = u64::MAX;
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if 0x0usize == 66 || 76isize >= 4 {
        return;
    }
    let mut v10 = 8_u16 > 38331;
    let mut w11 = 0_u32;
    while w11 < 0x1u32 && (v10 && 3996_u16 < 75) {
        w11 += 1;
        v10 = i64::MAX == 0x22;
    }
    if !v10 {
        v10 ^= v10 || v10;
        let mut v12: bool = -2_8_759_i16 >> (w11 & 15) != (-32768i16 & 16383) - (-10i16 & 16383i16);
    }
    let mut w13 = 0_i64;
    let v14: u8 = loop {
        w13 += 1;
        if w13 >= 4 {
            break w11 as u8;
        }
        v10 ^= v10;
        f0(0x2 / ((1_ & 7) + 1), v10, ck, 0b10000_u16 > 6);
    };
    let v15 = w11;
    if v10 {
        println!("b: {w11}, ck,{} r,{} r = {w13}, b: {:>+o}", 52_i16, mul_i32(0o20000000, 9), sub_i16(-32768i16, -11_72_5i16));
        let v16: u16 = add_u16(4, 5) % rem_u16(0x0, 0x1);
        f0(div_usize(0x8, 0o0), w11 >= v15, ck as u64, v10);
    } else {
        let v17 = 0b1000i32;
    }
    ck = mix(ck, f0(8, true, 0b10_0010_0, true) as u64);
    println!("f0 = {}", ck);
    f1(16_i32, 0o130);
    println!("ck = {}", ck);
}
