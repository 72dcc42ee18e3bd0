fn f0(p0: usize) -> u8 {
    if p0 == 0 {
        return ({ let t1 = i16::MIN; 0b1011010 }) >> (u16::MAX & 0x7);
    }
    for i2 in 0x5u8..=0x8 {
        for i3 in 1_u8..5 {
            let v4 = 205750870_9_u32 != 0b1000;
            let v5 = 0o4000;
            let v6: u16 = 0;
        }
        if 0b0u32 <= 16 {
            if 5i16 > -3821 && -268435456isize != 34 {
                break;
            }
        } else {
            if 0x38u16 > 48 && true {
                break;
            }
            let v8 = { let t7 = 0x7a268f0773bb137fu64 as isize ^ 0b100000000000000000000000000000000000000000000000000000000000000; u32::MIN as u8 };
        }
    }
    let v9: u32 = 0o112;
    let mut v10 = neg_i64(0b1_00);
    let v11 = f0(p0 - 1);
    v11 ^ 0b10_110u64 as u8
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let mut v13 = (rem_u16(1, 0b1) + 0x1) / (((1 | 32768) - (0o0_ & 0x7fff_) | 0x8_000) - (rem_u16(0x1d, 32767) & 32767_));
    v13 = u16::MIN;
    let mut w14 = 0b0u8;
    loop {
        w14 += 1;
        if w14 >= 0x5u8 {
            break;
        }
        let mut v15: usize = sub_usize(16531149157337811132, 0o66) << (i16::MIN & 0x3f);
        println!("res {},", 25_6i64);
        f1((5 & 4611686018427387903) - (0o4 & 4_61_1_6860_18_427_387903), 0x7i64 ^ 32, mul_u32(3, 0b10_));
    }
    let mut v16 = sub_u64(ck, 0);
    ck = mix(ck, div_i64(38 << (26u32 & 0b111111u32) >> (9u32 >> (0xe83d255d74fecf3cusize & 0x1f) & 0x3f), 9) as u64);
    ck = mix(ck, f0(0xb) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(3, 0o4, 41_94_30_4) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u16(a: u16, b: u16) -> u16 {
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

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: isize, p1: i64, p2: u32) -> i16 {
    let v12: usize = 0x1_;
    let mut p0 = v12;
    div_i16(i16::MIN - add_i16(i16::MIN, -0x4), (1u8 as i16 & 16383) - ((0x26f7 & 12_7) * (i16::MIN & 0x7f) & 16383))
}
