fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: u8, p1: i32, p2: u64, p3: u8) -> u64 {
    if p0 == 0 {
        return if true && 0b101u16 == 2 { p2 } else { (p2 | 0x8000000000000000) - (63 & 0o777777777777777777777) };
    }
    if 64i16 >= 21759 && true {
        let mut w1 = 0u32;
        while w1 < 1 {
            w1 += 1;
            if false || p1 < p1 {
                return p2;
            }
            let mut v2: usize = 0b0;
        }
        if (16777216i64 == 0o5 || false) != (0o1265026001651007453521usize == 0x2361cd1c16b82202) {
            let mut v3 = div_i32(-0x5, (p1 & 1073741823) + (44 & 1073741823));
            let p1 = mul_u64(1, p2);
            let p1 = 0u16 as isize;
        } else {
            let v4: i64 = 5323611980195948447;
        }
    } else {
        if 1114810060 > p1 {
            let p2: u32 = 0x28 >> ((0usize & 0o777777777777777777777) + (usize::MIN & 0o777777777777777777777) & 31);
            let mut v5: i16 = 0b100_;
        }
        let mut w6 = 0i64;
        loop {
            w6 += 1;
            if w6 >= 0b1000 {
                break;
            }
            let mut p2 = !5;
            let v7 = u8::MAX as i64;
        }
        let v8 = p1;
    }
    let mut w9 = 0i64;
    loop {
        w9 += 1;
        if w9 >= 5 {
            break;
        }
        let p2 = 54i16 as u8;
    }
    let v10 = f0(p0 - 1, (p1 & 1073741823) + (1073741824 & 0x3FFFFFFFi32), (p2 | 9223372036854775808) - (0 & 9223372036854775807), p3);
    !(w9 < w9) as u64
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, mul_u16(rem_u16(32767_u16, 8), 32 >> (6u32 & 15)) as u64);
    f0(217 & 15, (-2147483647 & 32767) * (-0x7b0a5e8e & 3_27_67_), ck % ((9007199254740992 & 7) + 1), u8::MAX % ((u8::MAX & 7) + 1));
    let v11 = ((18446744073709551614 ^ 1_11_0_227_70_601_46496_009 | 9223372036854775808) - (1i16 as usize & 9223372036854775807) | 0x8_0_0000000000_0000) - (0b1000_000_000000_000000_00_0000_0_0000000000_000000_000_00_0_0000_0_0_000000_0_0_0 & 9223372036854775807);
    let mut v12 = 1u8 >= 15;
    f0(add_u8(44, 4) & 15, neg_i32(1836115523), f0(0u8 & 0b1111, 0b1011110, ck, 93), 0b1010 << (5_i16 & 0b1_1_1));
    ck = mix(ck, f0(4, 7, 0b10, 0x6) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
