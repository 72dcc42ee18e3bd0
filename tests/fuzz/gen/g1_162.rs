fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0() -> i8 {
    println!("acc {{ok}},{},", -2_9468i16 / ((0_ & 0x7) + 1i16));
    let mut v1 = (add_i64(2, 74i64) & 0b11111111111111111111111111111111111111111111111111111111111111_) - (8_i64 & 4611686018427387903);
    let v2: isize = !0 | mul_isize(9_2_23372036_854775807isize, 38);
    div_isize(v2, v2) as i8 % (((mul_i8(-4, -0b1000000) | 8 >> (0b1u64 & 7)) & 7i8) + 1)
}

fn main() {
    let mut ck: u64 = 0;
    println!("k");
    ck = mix(ck, ((0x5u32 >> (u32::MAX & 31_)) as i32 >= 1_0_737418_24) as u64);
    println!("res");
    let v9: u8 = 92u8;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(-701227002i32, 3, 0b0) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_i8(a: i8, b: i8) -> i8 {
    if a > 0 {
        if b > 0 {
            if a > i8::MAX / b {
                return a;
            }
        } else if b < i8::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i8::MIN / b {
            return a;
        }
    } else if a != 0 && b < i8::MAX / a {
        return a;
    }
    a * b
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
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

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: i32, p1: i32, p2: u64) -> u16 {
    let v3 = p1;
    let mut w4 = 0b0_i64;
    let v5: u8 = loop {
        w4 += 1;
        if w4 >= 2 {
            break u8::MIN;
        }
        if true {
            let mut v6 = -11;
        } else {
            if (if 60u32 == 66_ { 41i8 == 8 } else { 0b1001011usize > 4294967295usize }) {
                continue;
            }
            let mut v7: u32 = 0b11111111111111111111111111111110u32;
            println!("tmp = {} val: {}", 9223372036854775807_usize, !(1319i16 > -0o100000 && true));
        }
    };
    if true == (16012335825801568387usize > 0) {
        return ({ let t8 = 0o0_usize; 0x7u16 }) | rem_u16(14138, 0xD2C4);
    }
    let mut p1: u64 = p2 / p2;
    if w4 >> (0u8 & 63u8) < 55 / ((6 & 7) + 0o1) { 0b110 } else { (div_u16(3_, 0x400) & 255_) * (add_u16(13_, 8191u16) & 255) }
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

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
