fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: usize, p1: u64, p2: isize) -> u8 {
    let mut w4 = 0u8;
    while 0o10 > w4 && p0 < p0 {
        w4 += 1;
        let v5: i8 = -0o10i8 << (0x0i16 & 0x7_i16);
    }
    let mut p1: i8 = 0x7fi8;
    let mut w6 = 0_u16;
    while w6 < 0b110u16 {
        w6 += 1;
        let mut w7 = 0usize;
        while w7 < 0b1000usize && 0i64 >= -4472560187438999267i64 {
            w7 += 1;
            p1 &= mul_i8(p1, p1);
            let mut p0 = (p1 % ((i8::MIN & 0x7) + 0o1i8) & 63) - ((0b1111111111111111111u32 | 0o5) as i8 & 0o77);
        }
        let mut w8 = 0i32;
        loop {
            w8 += 1;
            if w8 >= 1 {
                break;
            }
            p1 = p1;
            let p0: bool = p0 >= w7;
        }
    }
    w4
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
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

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (5u8 >> (0o40_u16 & 7u16)) as u64);
    let v9 = (0b1u16 as usize | 9223372036854775808usize) - (15811976132668117876usize << (32i16 & 0o77i16) & 0o777777777777777777777) >> (0x67E75B9AA4FAFB85_usize & 63usize);
    ck = mix(ck, 0x0u8 as u64);
    println!("val,{} val}} {ck} b,{ck}", div_isize(18014398509481983_isize, -140737488355328));
    let v10 = 0o5i32;
    f0(-2048i16, 2097151i32);
    ck = mix(ck, f1(0x17, 0u64, 0x3isize) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: i16, p1: i32) {
    let v1 = 3i64;
    let v2 = add_i8(0b100000i8, -0x1Ai8);
    let p0: u8 = if (v1 > v1 && false) == true { v2 as u8 } else { (0x0u8 & 0x7f) + (0b11111111_u8 & 127) << (rem_u32(0x6u32, u32::MIN) & 0o7u32) };
    let v3 = 0o2isize;
    println!("y {} d,{}", if 1i32 > p1 { 0o3777u16 } else { u16::MAX }, (p0 & 0o17) * (55u8 & 0o17u8));
}
