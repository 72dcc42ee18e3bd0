fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: u64) -> u64 {
    println!("it: {p0}acc = {} b = {}", 0b100011i16 as i64, 0u8);
    let mut w1 = 0u32;
    while w1 < 0x4u32 {
        w1 += 1;
        let mut v2 = i8::MAX ^ 0x0i8;
    }
    p0
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w11 = 0x0u16;
    while w11 < 2u16 {
        w11 += 1;
        print!("sum = {}acc = {}z,{w11}\n", (add_u32(u32::MIN, 0x4u32) & 0o177777) * (0o4u32 >> (0x3i16 & 31i16) & 65535u32), 8usize);
        if !(0b1u32 > 0b11) {
            let v12: bool = i32::MAX >= -2_12_4_99728_4i32 || 0usize < 0b111010000001010110111100110110101100111110111110001101011110111usize;
        }
    }
    let mut v13 = 78i16 as u64;
    let mut v14 = -16384i16 == -2 | i16::MIN || !(7u8 < 0_u8);
    let mut v15: i64 = 0o4;
    if 0x3u8 < 3u8 {
        ck = mix(ck, (0x2usize >> (w11 & 0b111111_u16) != 464_0_3u16 as usize) as u64);
        let mut v16: u8 = 8 & 0xfu8;
    } else {
        let mut v17: u16 = w11;
        if w11 != w11 {
            v15 = add_i64(v15, v15);
            let v18 = ((ck | 9223372036854775808) - (ck & 0b1_1_11111111111_11_111_1111111_11111_1_111_1_1_11111111111_111111_111111111_1)) as i32;
        } else {
            println!("d: {}", 0x1_i16 == 16384);
            let mut v19 = 0x5u8;
        }
    }
    let v13 = u8::MAX * sub_u8(8, 2);
    ck = mix(ck, f0(0b1110010011010110001100001010011101011001111110110110100001010011_u64) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(11, -0o11246245551i32) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2() as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn f1(p0: u8, p1: i32) -> i64 {
    if p0 == 0 {
        return add_i64(0x7AFF110EF3C0270i64, 8589934591i64 as i64);
    }
    let v3: i32 = p1 % p1;
    for i4 in 0b10u16..=0x7u16 {
        if false {
            let mut v5 = i4;
        } else {
            if 2u32 >= 0b10000000000000000 || 0o377777777777777777777isize >= 0x1isize {
                break;
            }
        }
        let mut v6: u8 = 0b11111i8 as u8;
        let mut v7 = add_usize(39_3_3_4739_241_3779_0_10, 0x40177495092714d7);
    }
    let v3 = (87u8 & 15) * (0x2u8 & 0b1111u8);
    let v8 = f1(p0 - 1, p1);
    0x1i64
}

fn f2() -> i32 {
    let v9: u8 = add_u8(0x4, 0x1);
    let v9 = neg_i16(9223i16 >> (0x10i16 & 1_5));
    if 0o76u64 >= 4 << (0b1010u32 & 63) {
        let mut v10 = (0b1000000u32 & 0b1111111111111111111111111111111u32) + (1 & 0b1111111111111111111111111111111);
    }
    69i32
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}
