fn f0() -> i64 {
    let v1: i16 = -(-(0x50 | 0b1) | 1i16);
    let mut v2 = 9 << (4294967295u32 & 31);
    let v2: i64 = -8_ | -0b101001100001001100110001001100011110100011110111000101011111101i64;
    let mut v1 = rem_usize(mul_usize(59, 0b1), add_usize(0x7, 0o10usize)) - !10016802795158131066;
    576460752303423487 << mul_i32(-0o16037276053, 33554431)
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

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (i64::MAX | 0i64) as u32 as u64);
    ck = mix(ck, rem_u16(53674u16 % ((0u16 & 0o7_u16) + 0o1u16), if true { 75 } else { 4 }) as i32 as u64);
    let v3: i32 = ((rem_i16(i16::MIN, 32) & 0x3fffi16) + (7usize as i16 & 16383)) as i32;
    ck = mix(ck, (-mul_i8(-41, 9_i8) | (-30 | 28 ^ 0xa)) as u64);
    ck = mix(ck, (!false && -0x495D03E76E6FFCBCi64 == 25) as u64);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
