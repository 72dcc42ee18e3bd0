fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn f2(p0: u64, p1: u32, p2: isize, p3: bool) -> bool {
    if p0 == 0 {
        return p3;
    }
    let c14: u8 = 3u8;
    let c15 = c14 % 4u8;
    let v16: usize;
    v16 = 3;
    let v17 = f2(p0 - 1, 1u32, p2, p3);
    64i16 == 0b1100101011111i16 && 36i8 < 70 || (9223372036854775807u64 <= 0) ^ p3
}

fn f1() {
    let c10 = -7i32;
    let c11 = 89i32 % c10;
    let c12: i32 = c10 & c11;
    let c13 = c10 >> 2u16;
    println!("a {c12:ß<o} q: {:#?} d {c12:<>20o}, y,{:12},", -0xc66bf57, mul_i64(5u64 as i64, 4 ^ 6));
    println!("step = {c12:#X} step\\ = {c10:+8b} x,{c12:2X}tmp,{}", 0o0u16);
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

fn main() {
    let mut ck: u64 = 0;
    let v18: bool = 4i16 <= 17329_i16;
    let c19 = 1_i8;
    let c20 = c19 % c19;
    println!("n = {:^03.4?}, acc\t = {}", mul_u64(0b10010000000000111100011101110011100111001011101111011010011011, ck & ck), 32688i16);
    ck = mix(ck, neg_isize(0) as u64);
    ck = mix(ck, f0(11189256739269916501usize, 2897413301948800203) as u64);
    println!("f0 = {}", ck);
    f1();
    ck = mix(ck, f2(5, 0, 9, true) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
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

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: usize, p1: i64) -> isize {
    print!("sum {}sum,{1}r,{:😀<+} it {p0} ck = {:016}, ", 0u64, 1, 3204i16);
    let mut w1 = 0_usize;
    let v2: u32 = loop {
        w1 += 1;
        if w1 >= 2 {
            break 5u32 as u32;
        }
        for i3 in 0u16..=77u16 & 7 {
            println!("d = {}", 8u8 as u8);
            let mut v4 = -256_i16 == mul_i16(-11875, 2);
            v4 = !v4;
        }
        let v5: usize = 63;
        if 0u8 > 31u8 {
            let c6: u32 = 0;
            let c7: u32 = 0x7 | c6;
            let c8: u32 = c6 % c7;
        } else {
            if p1 >= p1 && false {
                continue;
            }
            let w1 = div_u32(true as u32, p1 as u32);
        }
        let v9: i16 = 13765i16 as i16;
    };
    let mut v2 = !(p1 != p1) || (85u32 != v2 || 32767i16 != 13);
    -1152921504606846976
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}
