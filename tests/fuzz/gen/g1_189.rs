fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1(p0: u32, p1: i64, p2: bool) -> u64 {
    let mut v6 = neg_i32(3i32);
    let mut w7 = 0u16;
    while 1 > w7 && (-128i8 != -121 && p2) {
        w7 += 1;
        v6 = sub_i32(v6, -1073741824_i32 % ((2i32 & 7i32) + 1i32));
        v6 |= mul_isize(-8166375490581913712, -1024) as i32;
    }
    ((3i16 as u64 & 4294967295u64) * (isize::MIN as u64 & 4294967295u64) | 9223372036854775808) - (u64::MIN & 9223372036854775807u64)
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v8: u64 = f1(4294967294, 0b1001i64, 8u16 != 4095u16);
    ck = mix(ck, ((0u32 >> (14isize & 0o37isize) >> (1i32 << (48u32 & 31_u32) & 31) | 2147483648u32) - ((if -9116i16 <= 32766 || true { 8i32 as u32 } else { 706832498u32 }) & 2147483647)) as u64);
    let v9: u32;
    if true {
        v9 = rem_u32(2657383318u32, 8u32);
    } else {
        v9 = (2u32 << (u8::MIN & 31) & 65535) * ((2205240057u32 | 2147483648u32) - (0u32 & 2147483647) & 65535);
    }
    ck = mix(ck, (if false { 1u8 } else { div_u8(-11i64 as u8, 4503599627370495isize as u8) }) as u64);
    let v10: usize = (89i8 / ((4i8 & 7_i8) + 1) >> (div_i32(536870912, 4_i32) & 7i32)) as usize;
    let mut v11 = !(-8083919922897824451isize != 4611686018427387903isize) || !(1i32 <= i32::MIN) || 32767u16 <= 4u16 && (false || 9usize > v10);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(1242887546u32, 1073741824i64, true) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0() -> u64 {
    for i1 in (u16::MAX - 6u16)..u16::MAX {
        let v2: i8 = if 51i8 != 35i8 { 3 } else { i8::MIN };
        let v3 = (2i16 > 24480i16) as i32;
        let mut v4 = rem_u16(i1, 8) % (((0x15_i16 == 6i16) as u16 & 7) + 0x1u16);
    }
    print!("a {} sum {}, ck,{}, k: {} ", -19i32 as i64, isize::MIN, 0x4au8, 0x2_i64 < -5932568191953417504);
    let v5: usize = 0o0;
    div_u64(if false { sub_u64(69u64, 7) } else { 890317318856715501u64 }, (88u64 & 0x0_u64) as u64)
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

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}
