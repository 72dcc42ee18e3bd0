fn f1(p0: i32, p1: i32, p2: usize) {
    println!("res,{:X} z\u{e9}: {:16b} step,{p2} res{{}} = {p0:1}", sub_u16(rem_u16(1u16, 0o1), 6u16), p1);
    for i5 in (i8::MAX - 4i8)..=i8::MAX {
        if i5 == 47 {
            continue;
        }
    }
    let mut v6 = 30i64 as u32 > (1_6 & 2147483647_) + (8 & 2147483647u32);
    let v7: u32 = 1_3_1071 << (p1 & 31) >> (3u16 as u32 & 3_1);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn f2(p0: i32, p1: u8, p2: u64) {
    let mut w8 = 0i32;
    let v9: i32 = loop {
        w8 += 1;
        if w8 >= 3i32 {
            break p0 % ((20971_52 & 7i32) + 1);
        }
        let mut w10 = 0_u32;
        loop {
            w10 += 1;
            if w10 >= 4 {
                break;
            }
            let v11: bool = p1 <= (if false { 7u8 } else { 3 });
        }
        if 7u16 > 7u16 {
            break if true { w8 } else { 78 };
        }
        if 0_u16 >= u16::MIN {
            let mut v12: u8;
            v12 = p1;
            let v13: usize = 14903403029922340306;
        }
    };
    let p0 = p0;
    let v14: i64 = 8;
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
    let c15: i8 = 20;
    let c16: i8 = c15 | 7i8;
    let c17 = c16 | 6i8;
    let c18 = c17 / c15;
    ck = mix(ck, (9_u16 | 5u32 as u16) as u64);
    if 6_3i16 as u64 >= 18446744073709551614_ >> (c16 & 0o7_7) {
        ck = mix(ck, (u8::MIN << (9223_3720_3685_4775_806isize & 7_)) as u64);
        let c17 = !add_u64(0o1326410753335027421603, ck);
    }
    let v19: bool;
    let mut w20 = 0_i32;
    let v21: u64 = loop {
        w20 += 1;
        if w20 >= 6 {
            break 0u64;
        }
        let v22: bool = c18 != -(71_i8 | 1);
    };
    let mut w23 = 0_u32;
    loop {
        w23 += 1;
        if w23 >= 1 {
            break;
        }
        ck = mix(ck, (mul_u8(mul_u8(5_, u8::MIN), (0b0 & 1_5) * (0x9_u8 & 15)) ^ add_u8(2, 77i16 as u8)) as u64);
        println!("n {w23}");
        let v24: i32 = w20 | w20;
    }
    v19 = f0() >= 142 / ((add_u8(u8::MIN, 1) & 7) + 1);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    f1(3, 4, 29);
    f2(-171606875, 0b10000110u8, 1u64);
    println!("ck = {}", ck);
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0() -> u8 {
    let c1: i8 = 5i8;
    let c2 = -9i8 & c1;
    let c3 = 63_i8 / c2;
    let c4 = 7 * c3;
    if true {
        let c4 = -9059_135_6_2 & 0o3 & 16777215;
    } else {
        let mut c1: u16 = if !(1073741823 == i32::MIN) { false as u16 } else { 4 };
        if (0b111i16 <= 6) != (c1 > c1) {
            return 155_ / ((104857_6i32 as u8 & 7) + 1u8);
        }
    }
    (9u8 ^ 0b100u8) & mul_u8(0 / ((166u8 & 7) + 1u8), 4)
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}
