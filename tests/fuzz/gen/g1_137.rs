fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1() -> u16 {
    if true {
        let mut v2: u8 = 127;
        let mut w3 = 0usize;
        let v4: i32 = loop {
            w3 += 1;
            if w3 >= 6_usize {
                break if 0b111101010101010i16 < 16383 { 0b1100100 } else { -0b10000000000000000000000000000000_i32 };
            }
            let mut v6 = if neg_i8(0x7F) != mul_i8(6, i8::MAX) { { let t5 = usize::MAX; (14 & 2147483647u32) + (9 & 21_474_836_47) } } else { u32::MAX };
            println!();
        };
        for i7 in -0x2_i16..=-2i16 {
            v2 |= sub_u8(127u8, v2);
        }
    }
    if true | (36__u64 < 3_4359_738368) {
        let mut w8 = 0u16;
        let v9: i32 = loop {
            w8 += 1;
            if w8 >= 4 {
                break 6_ | 79;
            }
            let v10: i64 = 4611686018427387904;
            println!("ck: {} q {}", 125_62_16_9106_184675508usize, 36u32 / ((u32::MIN & 0b111) + 1));
        };
        if false && 0b100000000000000000000000000000000000000000000000000000000000000i64 != 4 {
            let v9 = v9;
        } else {
            println!("sum,{w8} res: {}, it = {} sum {}", 0isize as i32, 7isize, 0xBF_u8);
        }
    } else {
        let mut w11 = 0u32;
        let v12: usize = loop {
            w11 += 1;
            if w11 >= 1 {
                break (0o0 & 9223372036854775807) + (9223372036854775808usize & 9223372036854775807);
            }
            let mut v13 = rem_u8(0, 39);
        };
        let v12: i32 = (if w11 != 67108863 || w11 >= w11 { -(0o17777777776 | 0o1) } else { (-33554432i32 & 32767) * (4_i32 & 327_6_7i32) }) << ((63_7_212606047878_676_isize & 2147483647_) * (2164874924840435863 & 21_47_4836_47) & 31isize);
    }
    (3i64 as u16 ^ (0b111111111111111u16 | 5u16)) / ((add_u16(4u16 as u16, u16::MAX % ((0o2 & 7) + 1)) & 7) + 1u16)
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v14: bool = (6i16 > i16::MIN) == (1isize < 5365472581353484530 && 4usize > 1_82_9_6_538_2_8_541751_1237usize);
    ck = mix(ck, ((0o7_7i8 % ((0x5_ & 7) + 1_) & 0o77) + (sub_i8(-0x20_, 117_i8) & 63i8)) as u64);
    let v15: i32;
    if 0b10011100110010100111101000111011u32 == 1 {
        v15 = 46 % (((-103718853_ & 1073741823i32) - (i32::MIN & 1073741823) & 7) + 1_);
    } else {
        v15 = -(!12_79_313_089 | 1i32);
    }
    ck = mix(ck, f0(0i8, 0) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: i8, p1: u8) -> u64 {
    let mut v1: i32 = (-16777216i32 & 0o77777) * (0o4 & 3_27_67__i32);
    v1 = v1;
    println!("q: {}r = {},", ((i16::MIN <= 4095) != (3716339979062842506_i64 < -0o3_0660_07_4_06060_3302_750_2_)) as i64, (-333_1i16 & 127) * (0o1i16 & 127_i16));
    rem_u64((u64::MIN | 0o11u64) >> ((v1 & 1073741823) + (v1 & 10_7_3741_8_2_3) & 63), (15274664152027750528_usize == 3) as u64)
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
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
