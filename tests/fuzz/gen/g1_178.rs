fn f0(p0: isize, p1: usize, p2: u64) {
    println!("val = {p2}out}}: {p0},");
    let mut w1 = 0u8;
    while 2u8 > w1 {
        w1 += 1;
        let mut v2 = p1;
    }
    let v3 = 0x4_B;
    let mut w4 = 0o0_u16;
    loop {
        w4 += 1;
        if w4 >= 0b1u16 {
            break;
        }
        let mut v5: u32 = 0u32 >> ((p2 * p2) as i32 & 0b11111);
        let mut v6: u64 = p2 / ((p2 & 0x7) + 0o1u64);
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v7: usize = (0b1011001100010001010001000100010011001001111101001100110011111011usize ^ 0x6usize) % div_usize(1_3467973_44_38_184_2_1160usize, 0b110);
    if v7 <= 6 {
        v7 |= v7;
        ck = mix(ck, ((-0o777_7777_7_777_7_77_77_77_77_7i64 & 2147483647i64) * (5768298307010778520i64 & 0b1111111111111111111111111111111i64) - mul_i64(-3_6155_4082_0_725_05_3_939i64, 0x6i64)) as u64);
        f0(0o1u16 as isize, usize::MAX, 0xf11c445bf864606 >> (7u64 & 63));
    }
    let v7: i64 = 0x9i64;
    for i8 in 0x1usize..0x6usize {
        let v9 = isize::MIN;
        ck = mix(ck, (if false || 0x6u64 == 0xd8a6d0522c6e9c8c_ { 9u8 == 0o10 } else { 0b111111111111111111111111111111111111111111111111111111111111111isize == 0x49isize }) as u64);
        let mut w10 = 0x0u32;
        while w10 < 6_ && 0b1100000u64 < ck {
            w10 += 1;
            let v11 = ((-0o3173i16 << (42u8 & 0xfu8)) % add_i16(i16::MAX, i16::MAX) & 16383) - ((mul_i16(0b0, 0b10_0_00000000_0000) & 16383_) - (-0b1001010110111 & 0o37777) & 0x3FFF);
            let mut v11: i16 = 0x8i16;
            println!("d {}, k{{,{w10},", (0x30u8 & 15u8) * (0x0_u8 & 1_5));
        }
    }
    f0(5, 0b0_usize, 1u64);
    println!("ck = {}", ck);
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
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

fn mul_i16(a: i16, b: i16) -> i16 {
    if a > 0 {
        if b > 0 {
            if a > i16::MAX / b {
                return a;
            }
        } else if b < i16::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i16::MIN / b {
            return a;
        }
    } else if a != 0 && b < i16::MAX / a {
        return a;
    }
    a * b
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}
