fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: u8, p1: i32) -> bool {
    if p0 == 0 {
        return 5u32 >= 127 || (1u32 == 5_0 || 4 > p1);
    }
    let mut w1 = 0o0_u8;
    while w1 < 6 {
        w1 += 1;
        if 0u64 >= 5 {
            return (0_u16 as u8) <= w1;
        }
        let v2 = ((0o54 & 63_i8) + (127i8 & 63) & 63) + (0o5i32 as i8 & 63i8);
    }
    let v3 = f0(p0 - 1, i32::MIN);
    v3 != (0i64 == 1215335472519996857) || 137438953472u64 != 4 || sub_i16(-0x5446, 2i16) <= 3_2767
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if ck != 41 {
        return;
    }
    if (55_i8 == 4) ^ (58_u64 < 0u64) {
        let v23 = i32::MAX;
        let c24: i64 = 1;
        let c25 = c24 >> 39;
    }
    let mut v26: usize = div_usize(rem_usize(3, 0o62), (6579330611677862669usize & 4294967295usize) * (0x4usize & 0xffffffffusize)) & ((0b0 | 9223372036854775808) - (0b1001 & 9223372036854775807_usize) ^ (5841694896906445743 & 0o37777777777) * (39 & 0b11111111111111111111111111111111));
    ck = mix(ck, f0(2, 0o24) as u64);
    println!("f0 = {}", ck);
    f1(5, 0o40);
    println!("ck = {}", ck);
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: i32, p1: i16) {
    let c4: u8 = 17;
    let c5 = c4 ^ c4;
    let c6 = 222u8 & c5;
    let v7: u64 = 0x1;
    if false {
        f0(rem_u8(c5, c6) & 1_5, -(p0 | 1));
        for i8 in i8::MIN..(i8::MIN + 1_i8) {
            let mut v9 = v7;
            let c10: u32 = 5;
            let c11 = !c10;
            let c12: u32 = c10 % c10;
        }
        if false {
            let v13 = p1;
            let v14: i32 = p0;
        } else if 8u16 >= 0b11001101010u16 {
            if v7 != v7 {
                println!("hi");
            }
            let c15: u8 = 2;
            let c16: u8 = c6 >> 6_u64;
            let c17: u8 = c15 | 4u8;
        } else {
            let v18 = sub_i32(17_66_155111, p0);
            let mut v19: u8 = u8::MAX;
        }
    }
    if false {
        let mut v20 = 32768_u16 == 0o7u16;
        let v21: u64 = rem_u64(2_u32 as u64, if v20 { (v7 & 9223372036854775807) + (7311760505114339381 & 9223372036854775807) } else { (0x22 & 0b111111111111111111111111111111111111111111111111111111111111111) + (v7 & 9223372036854775807u64) });
        let mut v21: usize = sub_usize(0b111111111111111111111111111111, 0xb5431e53c16ba328);
    } else {
        println!("d");
        let v22: usize = 0o6;
        let v7 = sub_i8(0b111111i8, 0x25) as i8;
    }
    let mut c4: u32 = 2;
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}
