fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: i64, p1: u32, p2: i32) -> usize {
    if !(p0 != -0x7a3174fde9c35652) {
        let v1: usize;
        let p0 = (false as usize & 6412037_08_5926_626_38_9__usize | 0x8000000000000000) - (!90 % ((20_47 & 7_) + 1) & 0o77777_7_7_777_7_77_7777_777_7);
        v1 = p0;
        println!("b,{v1},");
        let v3: usize = ({ let t2 = p1; 0x5u16 }) as usize;
    }
    if false {
        let v4: u16;
        v4 = 4043750498569285950_isize as u16;
    } else {
        let v5: i32;
        v5 = p2 / ((p2 & p2 & 7i32) + 1i32) / (((p2 % ((p2 & 7) + 1i32) & 107_374_1823i32) + (p2 & 0x3FFFFFFFi32) & 0b111) + 1);
        let v6 = 0b1111_1_1i8 | mul_i8(0x4, 0b1);
        let p1: u8 = 0x20_ ^ 6;
    }
    if (3u64 as i64) <= mul_i64(p0, p0) {
        println!("res{{ = {:#b}, z {}", (0_u8 & 0x7f) + (mul_u8(0x7, 3) & 127u8), p1);
        println!("step = {}acc,{p1}, it = {}, ck\\ = {:+016} tmp: {p2:08b},", -(p2 | 1), sub_i32(p2, p2), 0o6usize << (0x6isize & 63));
    }
    0xd6871946c2703e26
}

fn main() {
    let mut ck: u64 = 0;
    let v7: u32;
    if (if -920661_78738_0_3_7381_29isize != 40isize { 0xB_2u8 > 0o0_u8 } else { 70_7_1i16 != 0b101i16 || true }) {
        v7 = (2i16 > 1) as u32 >> (62_i64 % ((-0x8000000000 & 0b111) + 0o1i64) & 0x1f__i64);
    } else {
        v7 = if ck < ck { 76 } else { 1u32 };
        let v8: u8 = 0b11;
    }
    let v9 = 0b11111111001111101100110001100011011001111111101000001001101000i64;
    print!("d,{ck}, hi = {: ^10o} k {ck:+016o} sum = {ck}, sum {v7:#>+}, ", 156u8 % ((0xf5_u8 & 7u8) + 0o1u8));
    let v10: u32 = 0x2498c454;
    print!("x|");
    let mut v11: i8 = 0x7;
    ck = mix(ck, f0(435_9_62_0417174801_0_28, 0u32, 25) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
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
