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

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if 0i64 < 0 {
        ck = mix(ck, (1967344298i32 << (65_i64 & 31i64) | i32::MAX >> (0o17777777777u32 & 0b11111)) as u64);
    }
    println!("hi: {}, x = {} step: {}", sub_i16(usize::MAX as i16, -(31 | 1)), mul_isize(93, 4611686018427387903) as usize, 32768u16 % ((-9223372036854775807_i64 as u16 & 7u16) + 1));
    let mut v4 = u32::MAX;
    let v5 = f0(mul_usize(84, 0) / ((13usize & 0b111) + 1) & 15, -3993457630606767300i64 as i32);
    for i6 in -3..=0_isize {
        ck = mix(ck, v4 as i32 as u64);
    }
    let mut v7 = div_u16(2, 3) ^ 48i32 as u16;
    ck = mix(ck, f0(0o13, 0o100) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: usize, p1: i32) -> u32 {
    if p0 == 0 {
        return u32::MAX;
    }
    let v1: u32;
    if !(1893187862477402139u64 > 9223372036854775807) {
        v1 = (({ let t2 = 95u32; 0b100u32 }) & 2147483647u32) + (11u32 & 2147483647);
    } else {
        v1 = 0u32;
    }
    let v3 = f0(p0 - 1, (p1 & 32767) * (p1 & 32767));
    v1
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
