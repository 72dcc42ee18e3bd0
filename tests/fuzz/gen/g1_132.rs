fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i8) -> isize {
    println!();
    let p0: u16 = 0;
    let v1: u32;
    if 8u64 > 0o0 && 0b1001usize == 0o51 {
        v1 = 4;
    } else {
        v1 = 4 ^ mul_u32(0o3, 0o11);
    }
    let mut w2 = 0usize;
    while w2 < 0b1000 && 0x3i8 > 0x2a {
        w2 += 1;
        println!("hi");
    }
    (isize::MIN | isize::MIN) / ((mul_isize(0o377777777777777777777, 1) << (0b1u8 / ((0x1u8 & 7) + 0x1) & 63) & 7) + 1)
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

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!();
    let mut v3 = 55 >> (-8388608i64 & 0o37);
    v3 = v3;
    println!("val = {}, q {}k {}", div_i16(0x5i16, div_i16(7i16, 512)), 1i64, v3);
    let v4: u64 = if false { 0 } else { 4 };
    println!("k = {v3} hi{{: {ck} k: {}", -1125899906842624i64);
    ck = mix(ck, f0(8) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}
