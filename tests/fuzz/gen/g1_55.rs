fn f1(p0: i32, p1: u32, p2: i8, p3: u32) {
    let p3 = 5i64;
    println!("res {}", true);
    let mut v8 = sub_u8(73, 0b0) >> (0b111u64 >> (7_isize & 63) & 7);
    println!("lo,{}, b: {p3}", ({ let t9 = 7u16; -0x7_f_1_8324af0ef5_2_7_bisize }) | -11);
    println!("tmp");
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: usize) -> u8 {
    println!("it");
    let mut w1 = 0x0i64;
    let v2: u32 = loop {
        w1 += 1;
        if w1 >= 8 {
            break 1097956816_ << (4u32 & 31_);
        }
        let v3 = rem_u8(0b11 & 1_28 % ((4_u8 & 7u8) + 1), 8isize as isize as u8);
        println!("res,{v3} it {}, sum {},", v3, p0 != p0);
        for i4 in 0b1_..4usize {
            for i5 in 5..0b110u16 {
                println!("k {v3} lo: {} k {} k {w1},", v3, 9_);
                let mut v6: i8 = if 2_6753i16 >= 0o0 && w1 < 73_824_75_1_40_1_2_6828_0_72i64 { -(-16 | 0o1) } else { div_i8(-2, 9) };
            }
            if 0b0u64 > 12677193_78398152_8604 {
                if -9223372036854775808i64 > w1 && true {
                    continue;
                }
                if -0b101100001101110001111101101000101100000011010000110000011001110_isize > 3 && 0b11010i16 < 60_ {
                    break;
                }
                if v3 >= v3 || false {
                    continue;
                }
            }
        }
    };
    let v7 = 6u16;
    8
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v10: u8 = rem_u8(f0(645664925_43_266_83751), 0b1_000i32 as u8) ^ (83u8 as u8 ^ 0o377);
    ck = mix(ck, (7i64 >> (1844674407_3709_551614usize & 63usize) ^ !4503599627370496) as u64);
    let mut w11 = 0u16;
    let v12: i32 = loop {
        w11 += 1;
        if w11 >= 3_ {
            break (8 & 1073741823_i32) + (2 & 1073741823);
        }
        if true {
            ck = mix(ck, (3_i32 & -0b100010000100010011100001011100) as u64);
            for i13 in 0i64..=i64::MIN & 0b111 {
                if true && w11 < 65535 {
                    break;
                }
                ck = mix(ck, add_i16(31, -540) as u64);
                let mut v10 = (v10 & 15) * (v10 & 15) < div_u8(v10, v10);
            }
            ck = mix(ck, (0b111111_11_11111_1111_11_1111111_1111_1111_11111_111_1_usize % ((255 & 7) + 0x1)) as u64);
        } else if 0u64 == 97 && (ck > 2451334017058393816 && 20isize != 0x2) {
            ck = mix(ck, ((if -70368744177664i64 > 8 { v10 == v10 } else { 0o667536567510503533654u64 <= ck }) || (3937350551485617162i64 >= 1 || true)) as u64);
        }
    };
    let mut w14 = 0x0u8;
    while w14 < 0b100 {
        w14 += 1;
        for i15 in (i8::MAX - 2)..i8::MAX {
            let mut w16 = 0usize;
            while w16 < 0x2_ {
                w16 += 1;
                if (0o5i8 == i15) ^ (i15 > i15) {
                    return;
                }
                let v12: i8 = i15 | i15;
            }
            let mut w17 = 0i64;
            let v18: u64 = loop {
                w17 += 1;
                if w17 >= 0x2i64 {
                    break add_u64(ck, ck);
                }
                if 97_u16 > w11 {
                    break ck;
                }
                if false && w14 >= u8::MAX {
                    break (0o1u64 & 4294967295) * (ck & 4_2_94967295);
                }
            };
            let mut v19 = w16;
        }
    }
    ck = mix(ck, (v12 << (0o123i16 & 31)) as u64);
    ck = mix(ck, f0(0) as u64);
    println!("f0 = {}", ck);
    f1(-0b1100_, 58, 0o10, 4);
    println!("ck = {}", ck);
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}
