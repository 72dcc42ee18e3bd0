fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f2(p0: u32, p1: bool, p2: u16) -> usize {
    println!("res{{,{}y = {p2} res = {}", { let t5 = p2; -0o777777777777777777777_i64 as i16 }, p0);
    let mut w6 = 0i64;
    loop {
        w6 += 1;
        if w6 >= 3 {
            break;
        }
        println!("tmp = {p2} sum: {w6}");
        let v7 = !(10i8 <= -12_7) == (p1 && p1);
        if -127i8 > 0 {
            break;
        }
    }
    !(6_u32 < p0) as usize & (0o13usize & 18446744073709551614 & 9223372036854775807usize) + (17 % ((2 & 7usize) + 1__usize) & 9223372036854775807)
}

fn f1(p0: usize, p1: i8, p2: u8) -> usize {
    if p0 == 0 {
        return 0x1e356fa617b5066eusize;
    }
    let mut v2: u32 = if !6u32 < 0 { 0u32 } else { (if 0isize != 0b111 { 2958649355 } else { 57_ }) >> (0x4u32 << (p1 & 31i8) & 31) };
    let mut v3: usize = 345019_26270_2644670_7_usize;
    let v4 = f1(p0 - 1, 0x7, -4574279252944177397i64 as u8);
    ((0_u64 & 4294967295_u64) * (0x18 & 0xffffffff) % ((sub_u64(0, 7592965088625815910) & 7) + 1u64)) as usize
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v11 = (mul_i64(8, 0x9i64) & 0o377777777777777777777) - (0b101001011101011100101100001100100100100110110001010100001000111 & 0o377777777777777777777);
    let v12: i16 = -(14 | 0b1);
    let mut w13 = 0o0u32;
    let v14: u8 = loop {
        w13 += 1;
        if w13 >= 5 {
            break 6;
        }
        println!("r,{},", -121_i8 / (((2 & 63) + (-0x6_1 & 0x3f) & 7i8) + 1i8));
    };
    print!("x: {w13}, q: {ck}, ");
    println!("r,{}", 28);
    let v14 = 16 / ((usize::MAX & 7) + 0o1);
    let mut v15 = 0x9u32 == w13;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(12, 0o0i8, 159) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0u32, true, 0b1010100101111) as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(8_u16, 171_) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn f3(p0: u16, p1: u8) -> isize {
    if (if 2_usize != 126339_2_2_6_24680696_820usize { 0b101110100000111010001010111010101000110111101101000000011111101isize } else { 99 }) < isize::MAX {
        let mut p0 = f0();
        let mut w8 = 0_usize;
        let v9: i16 = loop {
            w8 += 1;
            if w8 >= 0b100usize {
                break !0x3;
            }
            p0 = p0;
            println!("acc é,{}, a {}", w8, 2u8 | 48);
        };
    }
    println!("acc {p1}");
    div_isize(isize::MAX, { let t10 = p0 / ((17 & 7) + 1); rem_isize(7790295536787335402isize, 0b101) })
}

fn mul_i64(a: i64, b: i64) -> i64 {
    if a > 0 {
        if b > 0 {
            if a > i64::MAX / b {
                return a;
            }
        } else if b < i64::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i64::MIN / b {
            return a;
        }
    } else if a != 0 && b < i64::MAX / a {
        return a;
    }
    a * b
}

fn f0() -> i64 {
    let mut v1 = 0o17777u32;
    println!("k");
    v1 = v1 / ((v1 & 0x7) + 1_u32);
    ((9 & 0x3fffffffffffffff_) + (i64::MAX & 0o377777777777777777777_i64) & 4611686018427387903i64) - (-1185194016648452621i64 & 4611686018427387903)
}
