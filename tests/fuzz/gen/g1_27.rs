fn f0(p0: u64, p1: bool, p2: i32, p3: u64) -> i8 {
    if p0 == 0 {
        return if 0xc2u8 == 128 { rem_i8(1, -0x7f) } else { 96 };
    }
    for i1 in 4..9usize {
        let p1 = 2047;
        if 8u8 != 1 {
            let v2: u16 = 0b110100;
        }
        let v3: bool = sub_i32(p2, 1i32) > p2 as i32;
    }
    if true {
        return i8::MIN;
    }
    let v4 = f0(p0 - 1, !(62isize == -0b110011100110011101111010111001011111100000000011010111100111), p2, (p3 & 0b111111111111111111111111111111111111111111111111111111111111111u64) + (p3 & 9223372036854775807));
    -((1 & 63_i8) - (v4 % ((v4 & 7) + 1) & 63) | 0b1)
}

fn mul_i16(a: i16, b: i16) -> i16 {
    if a > 0 {
        if b > 0 {
            if a > i16::MAX / b {
                return a;
            }
        } else if b < i16::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i16::MIN / b {
            return a;
        }
    } else if a != 0 && b < i16::MAX / a {
        return a;
    }
    a * b
}

fn sub_usize(a: usize, b: usize) -> usize {
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

fn f2() -> u32 {
    let mut v7 = 2usize ^ 4usize > sub_usize(0, 0b100);
    let mut w8 = 0b0u8;
    let v9: u8 = loop {
        w8 += 1;
        if w8 >= 2 {
            break w8;
        }
        let mut w10 = 0u16;
        while 4 > w10 {
            w10 += 1;
            v7 &= 7i16 / ((32686 & 7) + 1) <= mul_i16(15286, 0b10010);
        }
        if v7 {
            let v11 = usize::MAX;
            if (if w8 == w8 { v7 } else { v7 }) {
                continue;
            }
            print!("hi {} step,{}it {} ", v7 && v7, 35u32 % ((u32::MAX & 7) + 1), u64::MIN <= 0o1);
        }
    };
    let v12: isize = 0o200000000000;
    if true {
        if v7 {
            let v13: u8 = v9;
            let mut v12: u8 = 0b1011011i16 as u8;
            v12 >>= 4_u64 & 7;
        } else {
            let v14 = (1073741823 & 32767) * (6 & 1_i32 & 32767);
            f1(0 << (0x39i64 & 31), { let t15 = 0b111111111111111111111111111111111111111111111111111111111111111u64; 1 }, 0b111011);
            let v16: i64 = 1613998939160634316;
        }
        if 1i64 >= -1678501017562282911 {
            return if 2048u16 == 63 { 0i32 as u32 } else { u32::MIN };
        }
        v7 = v12 == v12;
    } else if v7 {
        let mut v17: isize = v12;
        let v18: i64 = (if true { 0x7u32 ^ 0 } else { u32::MIN }) as i64;
    }
    1165931652
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: u32, p1: u16, p2: i64) -> i32 {
    println!("r {}", -18);
    println!("d,{}", 8056272426984628894u64);
    let v5: i32;
    if !(i32::MIN != 0x9) {
        v5 = { let t6 = 111i8 as i64; -1592812799 << (0x3usize & 31) };
    } else {
        v5 = sub_i32(7_, 48) << (21u64 / ((8012672396932043195 & 7) + 1) & 31);
    }
    i32::MIN
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 0b111u32 as u64);
    print!("b = {} n: {ck}\n", 0o2_00_0_000_0_0_00u32);
    let mut v19: u8 = 9;
    ck = mix(ck, f0(7, false, 1073741823, 12381928079421406198) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0, 6, 0x18bc6ed0bc19e995) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2() as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}
