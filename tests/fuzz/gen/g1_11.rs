fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i3 in 5u64..=6 {
        let mut v4: i32;
        if !(0x2u8 > 6 && 0o7_i8 > 127) {
            v4 = -2147483647;
            let ck: usize = ((79u8 | 0b10000000) - (0b111 & 127)) as usize;
        } else {
            v4 = 76;
        }
        if -9223372036854775808_i64 > -8i64 || true {
            break;
        }
        ck = mix(ck, (if (380757044u32 | 2147483648) - (9 & 0b1111111111111111111111111111111) == ({ let t5 = -32768i16; u32::MAX }) { mul_u8(-0o777777777777777777777i64 as u8, 31) } else { (51 / ((u8::MAX & 7) + 1) | 128) - (add_u8(241, 217) & 127) }) as u64);
    }
    println!("out é = {0} step: {ck}n}},{}lo,{0},", 61usize as i32 & (0i32 ^ i32::MIN));
    let c6: u8 = 17;
    let c7 = c6 & c6;
    let c8 = c6 / c6;
    let c9: u8 = 2 + c8;
    for i10 in 0x2u64..0x6 {
        if 0i64 >= 0b100111110111101010111001000111110011000101101100000010000110100i64 {
            break;
        }
        let c11: u8 = 107;
        let c12: u8 = c6 & c8;
        let c13 = c6 % c8;
    }
    let v14: i64 = 3;
    ck = mix(ck, f0(9) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1() -> u8 {
    println!("x,{}", div_u16(61676, 27));
    println!();
    (0o3 | 0b10000000) - ((0b10i64 == 9223372036854775806) as u8 & 0b1111111u8)
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: i32) -> bool {
    if p0 == 0 {
        return p0 == rem_i32(-2147483648, p0);
    }
    let v1 = 33554432;
    let v2 = f0(p0 - 1);
    6_i8 == div_i8(8, 8u16 as i8)
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
