fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
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

fn rem_usize(a: usize, b: usize) -> usize {
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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: isize) -> bool {
    let v1: i16 = !0b100000000000000;
    print!("hi = {}n {} sum: {} z,{}\n", (i32::MAX & 0o7777777777i32) + (i32::MIN & 0b111111111111111111111111111111), -0o14225660147i32, (!4u64 & 0x7F_FFFF_FF_FFFFFFFF) + (10504318011314051846 / ((13648580810021460580u64 & 7) + 0x1) & 0x7fffffffffffffff), 0xcf_u8 / ((0o3 & 0b111) + 0x1));
    add_i32(2147483646, 4) >= mul_i32(if 106_i8 >= 0o132 { 1051929901 } else { -2000090883 }, 0x3 >> (0x7ffffi64 & 0x1f))
}

fn f2(p0: i32, p1: isize, p2: u64) -> u64 {
    let c5 = 0b1100;
    let c6: i32 = !c5;
    let c7 = c6 << 19;
    let c8 = !c7;
    if (c7 < p0 || true) != f0(p1) {
        let v9 = sub_u8(0x7a, 0b10011_0_1);
        if p1 == p1 && 0x2_u16 <= 0o1 {
            return u64::MAX;
        }
        print!("x,{c8}|");
    }
    (p2 | (if 8u32 == 55 { p2 } else { p2 })) >> ((p2 & 0o37777777777u64) * (p2 & 0xFFFFFFFF) & !0 & 0x3f)
}

fn main() {
    let mut ck: u64 = 0;
    println!("val {}res = {}", 0xEi8 & 0x0 != (if true { 0x4C } else { 6 }), (88 & 0o77777) * (-0xei8 as i32 & 32767i32));
    let mut v10: u8 = false as u8 as u8;
    ck = mix(ck, i64::MIN as u64);
    let v11 = 62;
    let v12: u32 = div_u32(0b11, 4);
    f0(sub_isize(0b110001, 4));
    if !true {
        for i13 in 5..10u16 {
            let mut w14 = 0x0_u8;
            while 0b100u8 > w14 && -0x1c_i8 != 0x2 {
                w14 += 1;
                v10 = w14;
            }
        }
    } else {
        ck = mix(ck, (3u32 >= 0b11000111010000010101010100100110) as i32 as u8 as u64);
        let mut v15: u8 = if 9 <= 1 { 0x39 } else { v10 };
        ck = mix(ck, ((0o112647u16 | 0x8000) - (0o66 & 0b111111111111111)) as u64);
    }
    let v16 = rem_usize(12, 262144) == (0o3777u16 >= 0x1) as usize || !(ck < ck && i32::MIN >= v11);
    ck = mix(ck, f0(-0o733645015041141041775) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0o1525556627764230406435, -0o346222133446234137716, 2) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(85, 7362855394510594035, 0o311075243124014473541) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: usize, p1: i64, p2: u32) -> i32 {
    println!("a {p2} val\\ { } d,{}", 0b11111u64, p1);
    let mut w2 = 0usize;
    while w2 < 0x1 {
        w2 += 1;
        let v3;
        v3 = { let t4 = 0x4_u16 << (0 & 0xF); 1455116987 / ((-739156343 & 7) + 0o1i32) };
    }
    (0x2_i32 & (1787230707 & 0x7fff) * (0x54 & 32767)) / ((i32::MIN & 7) + 0x1)
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}
