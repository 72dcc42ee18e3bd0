fn f0(p0: i64, p1: i32) -> isize {
    let mut v1: u16 = 3276_8_;
    v1 ^= v1;
    let v2: i32 = p1;
    let mut v3: usize = 5;
    -0b101001100000110011001001110110010000110101000101100001101001011 ^ ({ let t4 = u32::MAX; 0b100000000000000000000000000000000000000000000000000000000000000isize }) | ((0u32 < 13) as isize) << (div_i8(-93, 0) & 6_3)
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let v5: i32 = sub_i32(sub_i32(791391150i32 as i32, if 8 < 40 { -32768i32 } else { i32::MAX }), neg_i32(sub_i32(0o1_13_304_17664, 79i32)));
    ck = mix(ck, ({ let t6 = i64::MAX | (9_3 | -9223372036854775808); (!112u8 & 0xF) * (1 << (v5 & 7) & 15) }) as u64);
    let mut v7 = ((if u64::MIN > ck { 1152921504606846975 | 74_965422_2_9_4_4_66_61_8_5_4_ } else { ck as usize }) | 0b1000000000000000000000000000000000000000000000000000000000000000usize) - (usize::MIN & 9223372036854775807);
    ck = mix(ck, 0b1001011001101110u16 as i64 as u64);
    println!("out = {} k = {}", 0i16 != (-256 & 16383) + (29 & 16383), 65535u16 | 47399);
    if -0x7_i64 > 0 {
        let v8: bool;
        if ck <= !ck {
            for i9 in (u64::MAX - 3)..=u64::MAX {
                let v10 = 0o31;
                f0(-9_223_37_20_3_6_8_5_4_7758_08, v10 << (v5 & 31_));
                v7 = add_usize(v7, v7);
            }
            for i11 in 0..=1usize {
                let mut v12 = 91usize;
                v7 |= 18126676180213945304 | v7;
                let v13 = 0b10_i8 as u8;
            }
            v8 = 129_u8 > 0x9;
        } else {
            let mut v14: i32 = if true && 42_9_496_72_9_6_usize <= v7 { v5 % ((v5 & 7) + 1) } else { 0b11111111 };
            v8 = -1_2656i16 < 7;
        }
        v7 |= 0x38;
        v7 = 1023;
    }
    v7 ^= (div_usize(v7, 7) | 0o1000000000000000000000usize) - (v7 & 0b1_1111111_11111_1111_11_11111_1111_1_11111111_11_1_11_1_1_11111_11_11111_1111111);
    ck = mix(ck, f0(2_8, 86660805_1) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
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
