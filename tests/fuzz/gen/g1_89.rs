fn f1(p0: u64) -> i8 {
    if p0 == 0 {
        return -120;
    }
    let mut v7: i16 = rem_i16((i16::MIN | 0x35) ^ rem_i16(-0o66571, 15), 0o141);
    let v8 = f1(p0 - 1);
    5u8 as i8 as i8
}

fn f2(p0: u64, p1: i8) -> u32 {
    if p0 == 0 {
        return (0 << (0x2i64 & 31)) % (((if true { 0o0 } else { 24 }) & 0x7) + 1);
    }
    for i9 in 3usize..=5 {
        f1(i9 as u64 & 0b1111u64);
        if i9 < i9 {
            break;
        }
        let mut w10 = 0o0i32;
        while w10 < 0x1 {
            w10 += 1;
            let v11 = !(p1 as i32) as i64;
        }
    }
    let mut w12 = 0u8;
    while w12 < 0o1_ {
        w12 += 1;
        for i13 in (i64::MAX - 3)..=i64::MAX {
            for i14 in 0b1i16..9 {
                let mut p1 = i32::MIN & -1024;
                if !(1048576usize < 0b1) {
                    continue;
                }
            }
        }
    }
    let p1: bool = 1u16 >= 7_6;
    let v15 = f2(p0 - 1, 93);
    ((1 / v15 & 0x7FFFFFFF) + (p1 as u32 & 0x7fffffffu32) & 65535) * (v15 & 0o177777_u32)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let mut w16 = 0i32;
    while w16 < 0o1 && 0b0i8 == 0x2_ {
        w16 += 1;
        let v17: u32;
        if 0x19_42i16 <= 63 {
            v17 = 0xca_f_1_3_6f_6 ^ add_u32(0x7FFFFFFF, 0x55);
        } else {
            v17 = mul_u32(0x3fff, 4096) << (0x6au8 & 0b11111);
        }
    }
    ck = mix(ck, (i16::MIN / ((0b1011000 & 7) + 0b1)) as u64);
    let v18: i16 = 0b1000010_i16;
    ck = mix(ck, f0(0o11) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0xA) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0x5, 7) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: u32) -> u8 {
    if p0 == 0 {
        return ({ let t1 = 7isize; 82_u8 }) | 0o6 / ((254 & 7) + 0o1);
    }
    if ((i32::MIN == 4) == (6 <= 0b11)) == (100u8 <= 37) & true {
        if i8::MIN < 0o1 && true {
            let mut v2: usize = usize::MIN;
        } else {
            let v3 = 0x95ddu16 / ((0x7fff / ((74 & 7) + 0o1) & 0x7) + 1) == mul_u16(44, 0b1) / (((0b1u16 & 0xFF) * (0b0 & 255) & 0b111) + 0o1);
        }
    } else {
        let mut w4 = 0_i64;
        while 0b110 > w4 {
            w4 += 1;
            let v5: usize = usize::MIN;
        }
    }
    let v6 = f0(p0 - 1);
    v6
}
