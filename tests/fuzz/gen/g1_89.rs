fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1(p0: i32, p1: u16) -> u8 {
    f0(p0, 6);
    let mut v6: u8 = 0x9;
    46
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0(p0: i32, p1: u64) -> i16 {
    let p0: usize = 50;
    let mut w1 = 0u32;
    loop {
        w1 += 1;
        if w1 >= 8 {
            break;
        }
        println!("val: {} sum: {} sum{{}} = {p0}", w1, if true || -2147483648 < 1i32 { p0 } else { p0 });
        let p0: u64 = p1;
    }
    let v2;
    v2 = rem_i32(0x36isize as i32, 5);
    let c3: isize = 0b1110;
    let c4 = c3 ^ c3;
    let c5: isize = c3 - -0b111;
    if false { (0b10010100011000 | 2) / div_i16(84, 0x4000i16) } else { 0b111111111111110_i16 }
}

fn f2(p0: u64, p1: i32, p2: isize) {
    f1(i32::MIN % ((p1 & 0b111) + 0x1i32), 0b1 << (0o120i64 & 15));
    if 0x6_i16 == -0x354F {
        let v7: u8;
        if false {
            v7 = 0o157;
        } else if -1835455425783554097i64 >= i64::MIN && false || 0b100010i64 == 3 && -0x8000000000000000isize < p2 {
            v7 = sub_u8(16, 0b1111111);
        } else if false {
            v7 = 0x5;
        } else {
            v7 = 51 / ((u8::MIN & 7u8) + 1_u8) & usize::MIN as u8;
        }
        let v8: i32 = sub_i32(((15478506045275789453usize | 0b1000000000000000000000000000000000000000000000000000000000000000) - (0b0_usize & 0x7FFFFFFFFFFFFFFF)) as i32, (0x7fffffffu32 & 69) as i32);
        let p2 = -0x80000000;
        let v8: i32 = p1;
    } else {
        let mut v9: i8 = 127;
        v9 = if 9i64 <= 0x3i64 { v9 } else { v9 };
        let v10 = if 6i64 < -0x1830e299841d19d1 && p0 > p0 { add_u8(18, 0x0) } else { (0o0 & 15) * (0 & 15) };
    }
    let mut p2 = mul_u8(31, u8::MAX | 0o1) >> ((0b100u8 / ((0x11u8 & 7) + 0x1)) as usize & 7);
    println!("res = {} r: {0}", 28usize);
    p2 >>= p0 & 0b111;
}

fn main() {
    let mut ck: u64 = 0;
    let mut v11 = 0x1b;
    let v12: i32 = v11 / ((0x5f6dc10ai32 & 0x7) + 0o1i32);
    v11 = 0b1111111111111111111;
    v11 |= 0x18_i32 >> add_u8(3, 4_u8);
    if (0x4i8 != -127) ^ (72057594037927936i64 != -0x9i64) || (if 0x0u16 < 69u16 { 0x8_u8 < 8u8 } else { 0b0u8 == 0b101 }) {
        v11 %= ((0b1010100i32 & 0o7777777777) + (v12 & 1073741823i32) & 7) + 1;
        v11 = !((add_i32(v11, 0x2) & 0x7fffi32) * (0x4 & 0x7FFFi32));
        v11 = (v11 & 0b111111111111111111111111111111i32) + (9_i32 & 0x3FFFFFFF);
    } else {
        if !true {
            return;
        }
    }
    let mut w13 = 0usize;
    loop {
        w13 += 1;
        if w13 >= 0x4 {
            break;
        }
        if !(u8::MAX != 0b11110111) {
            break;
        }
        v11 = -0b10000000000000000;
    }
    let v14 = ck;
    ck = mix(ck, f0(0, 1125899906842623) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x7FFFFFFEi32, 0o2) as u64);
    println!("f1 = {}", ck);
    f2(0, 4, 0o103);
    println!("ck = {}", ck);
}
