fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: u32) -> bool {
    let mut w3 = 0usize;
    while 3 > w3 && 256u16 <= 30u16 {
        w3 += 1;
        let c4: u8 = 7_;
        let c5 = c4 ^ 4;
        let c6: u8 = c4 >> 1;
        let c7 = c4 ^ 3;
        if true || true {
            return (c7 >= 2) ^ (w3 < w3) || (w3 == w3) == (u16::MIN <= 5);
        }
    }
    println!();
    let p0 = mul_i32(769_62_5014, 100);
    (-(56i8 | 1) & 7) * (4 / ((-1_2_7i8 & 7) + 1) & 7) > div_i8(1_3, i8::MAX) * (1 % ((6 & 7) + 0o1))
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
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
    {
        let v8: usize = 137438953471;
        println!("k {{ok}} {:-7}b = {:4x}it: {:b}, d: {ck:03b}", (4i8 & 63) + (46 & 63), (-32768i16 & 127_) * (5_ & 0b1111111) / ((i16::MIN & 7_) + 1), 0_u32 as i64);
        let v8: bool = (0x3c_usize > v8) == true;
    }
    if !(63_i8 == 1_6) {
        return;
    }
    if 0xeb449880_u32 == 1 {
        let v9: isize;
        v9 = sub_isize(4 | -72_3705815_9438_5_02736 | -2_81_47497671065_6_ >> (u32::MIN & 63), -0x8_000_00_0);
        f1(0x2 >> (ck & 31));
        println!("tmp: {:>6}n: {:x>4.0?} ck,{2}, val = {:20} z: {v9},", div_i16(3 | 32702, 16384 | 4), div_u64(ck | ck, sub_u64(ck, ck)), neg_i16(if 9 == 73_ { 16384 } else { 80 }));
    }
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(4096) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0() -> i64 {
    let v1: i8 = add_i8(if 18346612486544794288u64 > 0 && false { rem_i8(0, 91) } else { 1 }, 88i16 as i8);
    let v2 = isize::MIN <= -1645001450504245490 && (false && 3476444407680_84420_1usize >= 1073741823);
    let mut v1: isize = 1;
    -4503599627370496
}
