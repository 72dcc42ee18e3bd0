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

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if 6u16 != 32767u16 {
        if !(0b111__i16 == 0b0i16) {
            ck = mix(ck, (0i16 >= 58 && ck != ck) as u64);
        } else {
            f1();
        }
        print!("val\n");
        let v6: i64 = 0b1000000;
    }
    let mut w7 = 0x0usize;
    while 0o2 > w7 {
        w7 += 1;
        let v8 = 23517_i16;
    }
    let v9: u64 = !ck;
    if 46i8 == 6i8 {
        println!("d = {w7}d {}r = {},", 0b100u16 << (ck & 0o1_7), (w7 & 0b11_1_11_111_1_11_1_1111_111_11111111_1111_1) * (0x49f4cbb53af5652c & 0o37777777777));
        ck = mix(ck, (w7 | w7) as u64);
    } else {
        if true {
            let v10: bool;
            if i32::MAX >= -73_1_5_74900 {
                v10 = (w7 >= w7) == false || !(i8::MAX <= i8::MIN);
            } else {
                v10 = true && false || !true;
            }
            println!("res\\ {}r = {}", ck, mul_i32(i32::MIN, 2));
            println!("n = {} r = {}", (1isize & 0x3_f_f_ff_f_f_f_ff_ffffff) - (0x45e43ffc2e930dc6 & 0x3fffffffffffffffisize), if v10 { 0o2i64 } else { 0x6i64 });
        }
    }
    let mut w11 = 0usize;
    loop {
        w11 += 1;
        if w11 >= 3usize {
            break;
        }
        for i12 in 0x0_u16..(46_74_5 & 255) * (u16::MIN & 2_5_5u16) & 0b11 {
            println!("y: {v9} q\' {w7},");
            let mut v13: bool = 7_isize > 9 || -4i64 != 0x359F5B5FC9991A3C__i64;
        }
        let v14: u64 = ck;
    }
    let mut v15 = if -348_70973_09_7_4_6033_0_3_0isize <= -0o1000000000000_isize { (0u16 | 3_27_68u16) - (0x8000_u16 & 0b1111_1111111111_1_u16) } else { 0x21u16 };
    ck = mix(ck, (23u8 ^ 0b0_u8) as u64);
    ck = mix(ck, f0(8, 25i64) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1() -> u64 {
    if true {
        return 0b1100000100000010011111101111100000000001100010010111011111011111_u64;
    }
    let mut w3 = 0b0u32;
    while w3 < 3 && -0o100_00_0i16 != 0x4000i16 {
        w3 += 1;
        let v4 = 0x41usize as usize;
        for i5 in 0o2i8..10i8 {
            if 31_i64 == -0o1 || true {
                continue;
            }
            let mut v4 = sub_u8(1_67_u8, 0o3);
        }
    }
    rem_u64(mul_u64(0x8u64 ^ 0o5, 41u64 >> (0b1000000000000000000000000000000000000000000u64 & 63_u64)), sub_u64((394_4865088_7_82_099_9_34 | 9223372036854775808u64) - (0o7 & 9223_37_2_03_6_85477580_7u64), 0b11101i64 as u64))
}

fn f0(p0: isize, p1: i64) -> i8 {
    if 0x8_u64 == 0o65 {
        let mut w1 = 0o0u8;
        while w1 < 2 {
            w1 += 1;
            if !(-0o400000000000000000000i64 >= p1) {
                break;
            }
            let v2: bool = p1 <= p1;
            let mut v2: u8 = (w1 | 0o200u8) - (0b111001_01 & 127);
        }
    }
    print!("it {p0}\n");
    76
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}
