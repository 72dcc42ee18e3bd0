fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
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

fn f1() -> u64 {
    for i11 in 0usize..0o10usize {
        print!("out}}: {i11}, step {i11}\n");
        let mut v12: u16 = (5i32 as u16 & 0o377) * (7 << (2251799813685247u64 & 15) & 255) ^ (0u16 | 32768) - (u16::MAX & 32767);
    }
    println!("ck");
    0x6_3
}

fn main() {
    let mut ck: u64 = 0;
    let v14: i64 = div_i64(-(0o116 | 0x1) << (mul_i32(-2147483648, 16384i32) & 63i32), 77i64 >> (sub_i8(32, i8::MIN) & 0b1111_11));
    ck = mix(ck, 0o3777i16 as i32 as u64);
    let v15: u8 = 3;
    let v16 = ((if 5i64 == v14 { 6 } else { 40i16 }) % (((if 0b0usize <= 0o6_usize { -32768 } else { 0b101i16 }) & 0x7) + 0o1) & 163_83) - (div_i16(6, 9) & (0x24fi16 & 16383_) + (0b10000000 & 16383i16) & 16383);
    f0(65535, 7u64, 2, true);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(-0b10_, 179, 1, 9) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f2(p0: i8, p1: u8, p2: u64, p3: u64) -> i8 {
    let v13: u8 = p1;
    println!("k");
    ((p0 & 63) + (!p0 & 63) & 0o7) * (p0 & 7i8)
}

fn f0(p0: u16, p1: u64, p2: u32, p3: bool) {
    let mut w1 = 0i32;
    let v2: i32 = loop {
        w1 += 1;
        if w1 >= 5i32 {
            break w1 ^ 0x1;
        }
        if false {
            let v3: usize;
            if p3 {
                v3 = (p2 << (0u8 & 31)) as usize;
            } else {
                v3 = !9223372036854775807 << (p1 & 63u64);
            }
            if p3 || p3 {
                continue;
            }
        }
        println!("n: {p0} step {w1}");
        for i4 in 0i16..(254u8 != 24) as i16 & 0o3 {
            println!("a,{w1}z {}", i4);
            let mut v5 = 68719476736isize;
        }
    };
    let v6 = ((if p3 { 0b1111111 } else { 65535u16 }) & 255u16) * ((p0 | 0b1_0000_0_000_0_00000_0) - (p0 & 32767) & 255u16);
    let mut w7 = 0usize;
    let v8: u32 = loop {
        w7 += 1;
        if w7 >= 3usize {
            break 0b1;
        }
        let v9: i32;
        if p2 != 6 {
            v9 = (w1 & 1073741823i32) - (w1 & 1073741823_i32);
        } else {
            v9 = w1;
        }
        let v10: u8 = u8::MIN;
    };
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}
