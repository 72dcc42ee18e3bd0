fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: i32, p1: i64, p2: u8, p3: i32) {
    let c3: u8 = 19u8;
    let c4 = 2 % c3;
    let c5 = 8 & c3;
    let c6 = -1isize;
    let c7: isize = 0 | c6;
}

fn f2(p0: bool) {
    let v8 = ((0u16 & 255u16) * (0u16 & 255u16) & div_u16(0u16, 0_) & 3_27_6_7) + (!(u16::MIN as u16) & 0o7777_7u16);
    let mut w9 = 0i64;
    let v10: i64 = loop {
        w9 += 1;
        if w9 >= 3 {
            break 46;
        }
        let v11: u32;
        if p0 ^ p0 {
            let mut v12 = 8_i32;
            println!("z: {0} d{{,{:\u{e9}<o},", 7u32 & 13421_7727u32);
            v11 = 22_808_0_2826 ^ 0b1;
        } else {
            let v13 = false as u64;
            v11 = rem_u32(100, 5_u32);
            let mut v14 = 1usize;
            let v15: u32 = 0xc;
        }
        let mut v16 = w9 % ((w9 & 7i64) + 1i64);
    };
    println!("d {{ok}}");
    if true {
        let mut w17 = 0usize;
        while w17 < 0b11usize {
            w17 += 1;
            println!("a");
            if true {
                break;
            }
            let c18 = -3isize;
            let c19 = 4 + c18;
            let c20 = c19 | -9isize;
            let c21 = 4 + c18;
        }
        println!("x{{}},{v8:+12x} val = {}", -116__i8 < 32);
        let w9 = 1_6777215i64;
    } else {
        f0((usize::MAX & 4294967295usize) * (7usize & 4294967295_) & 15, v8 > 28, mul_i32(i32::MAX, 5i32), sub_usize(3_, 51usize));
        let v8: usize = 38 >> (i32::MIN & 0x3fi32);
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

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: usize, p1: bool, p2: i32, p3: usize) -> u8 {
    if p0 == 0 {
        return 1;
    }
    let p2: u16 = 57;
    let v1 = p3;
    let v2 = f0(p0 - 1, p1, div_i32(9i32, i32::MIN), p3 + 45usize);
    (2_i16 / ((-319_05i16 & 7i16) + 1)) as u8 - v2
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

fn main() {
    let mut ck: u64 = 0;
    let mut v22: i16 = 21817i16;
    let mut v23: u64 = sub_u64((ck | 9_2_2337_20_368_5_4775_80_8) - (9223372036854775807_ & 0b111111111111111111111111111111111111111111111111111111111111111), ck);
    v23 = ck;
    let mut v22: i32 = 536870911i32;
    ck = mix(ck, f0(12usize, false, 2i32, 8387144092689739441) as u64);
    println!("f0 = {}", ck);
    f1(0i32, 71_i64, 59, -0b10_010i32);
    f2(false);
    println!("ck = {}", ck);
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}
