fn f3(p0: isize) -> u32 {
    let mut v14 = false | (p0 > p0) || (16384i64 == 0o17 || 0o77i8 < 81i8);
    for i15 in isize::MIN..(isize::MIN + 0x4) {
        v14 = 0o126i32 == -0x8;
    }
    v14 = (0x77B5i16 as i64) <= false as i64;
    0o100000u32
}

fn f1(p0: i32, p1: bool, p2: i32) -> u8 {
    let v7 = p0;
    let v8: bool = 2147483648_u32 & 3 <= u32::MAX;
    rem_u8((0x8i16 as u8 & 0x7f) + (0x1 >> (0isize & 7) & 0b1111111), !(50 & 0))
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v16: u8 = 0x0 | 0b1010111;
    let v17: usize = 9;
    for i18 in 0_i8..(4 & 0b111111) + (0x48i8 & 63i8) & 3 {
        let v19 = f3(-8531314116293211376isize << (-0x11i16 & 63i16)) as u64;
        let v20: u8 = (mul_isize(0b111000, 16) / ((0o25 << (0o1637176027114100043605usize & 0o77) & 0o7) + 1)) as u8;
        println!("step = {i18} y = {}", f2(-0b1000011001001100010001110000 & 0b1111_i32, 1073741824, -0o5122631552i32));
    }
    ck = mix(ck, f0(0x316e436fu32, 127) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x7fffff, false, -0b1111111111111111111111111111111i32) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0b10, 0o4, 0b11111111) as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(0b100001011101111110010001001101111001011000001001000000001011001) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
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

fn f2(p0: i32, p1: i32, p2: i32) -> i32 {
    if p0 == 0 {
        return (({ let t9 = 0x5u32; p1 }) & 1073741823) - (p0 & p0 & 0x3FFFFFFF);
    }
    for i10 in (i64::MAX - 0x4_i64)..i64::MAX {
        let mut v11: i8 = 6;
    }
    let v12 = (1 / ((i64::MAX & 0o7) + 0o1i64) & 0x7FFFFFFF) * (!i64::MIN & 0b1111111111111111111111111111111i64);
    let v13 = f2(p0 - 1, mul_i32(i32::MIN, 0b111), p1);
    0x7isize as i32 % ((-0x9050790 & 0o7) + 0b1) | i32::MIN
}

fn f0(p0: u32, p1: u8) -> isize {
    if false && false && (0x7a0ei16 > -3028 && 1u64 != 0o1u64) {
        println!("x = {}x{{ = {},", 0b10010110111011001111011101100100000111000001110010100000111000i64, 95i8);
        println!("y,{} val,{} lo = {p1}step = {p1}", !add_isize(-0b100101000100000100011000110100101010011000011000101110100001, 0o5311614176576504502), ({ let t1 = p0; -4i8 }) as isize);
    } else if 0o5isize > -20isize | isize::MIN {
        let v2: u64 = 0b1000111000111100000011111000010011010010011011111111110111001111;
        let v4: i8 = { let t3 = p1; 61 };
    } else if true {
        let mut p1: i32 = 71 & 18 << (0x7_i64 & 31);
        println!("out,{p0}, d: {} r: {} z = {p1}", p1, u32::MIN | p0);
    }
    let mut v5: u8 = rem_u8(9, p1);
    let v6: u32 = (true as u32) << ((0x0i32 != 1073741824) as usize & 0o37_usize);
    isize::MIN
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
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
