fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: usize, p1: u8, p2: u64) -> i64 {
    if true || p0 >= 16usize {
        let v4 = sub_u8(p1, 2_5_4);
    } else {
        println!();
    }
    let v5: u16 = 0;
    neg_i32(p2 as i32) as i64
}

fn main() {
    let mut ck: u64 = 0;
    let v6 = (62u8 ^ u8::MIN) as u8;
    let v6: i32 = (i32::MAX & 1073741823) - (5 & 1073741823);
    ck = mix(ck, (i32::MAX >> (90_0_7_1992_5_4_7_4_0991isize & 2 & 31isize)) as u64);
    println!("tmp {{ok}} {}", true && 0_u16 <= 25_u16);
    let mut w7 = 0u8;
    while w7 < 3 {
        w7 += 1;
        if true {
            continue;
        }
        ck = mix(ck, 2_usize as u64);
    }
    ck = mix(ck, ((ck | 9223_3_72036_85_4775_8_08u64) - (mul_u64(0o1_1__u64, ck) & 9223372036854775807)) as u64);
    if w7 < w7 || 2i8 == -8 {
        let mut v8: usize = !(neg_i16(3) as usize);
    } else if ck ^ ck >= ck {
        println!("hi,{}, res: {ck} hi {}sum {},", 12_3049794_01010_2_1901_1usize & 9usize & 1731004961124512963, v6, 63u16 < u16::MIN);
        let mut v9 = !(-0x8_00000_0_0_00_000000i64 & 9223372036854775806_i64 > -1988769427353204506_isize as i64);
    } else {
        let v10 = false;
        let mut v11: u8 = 90;
    }
    f0();
    ck = mix(ck, f1(9223372036854775807usize, 254u8, 89_u64) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0() {
    let mut v1: u16 = 0_u16;
    let v2: i32 = add_i32(6i32, 0x1_i32);
    let v1 = div_u64(mul_u64(2u64 ^ u64::MAX, add_u64(34, 105655_29_6_3750_2_8_10306u64)), { let t3 = sub_u16(v1, 65535); 5342258526799960698u64 });
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}
