fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: i64, p1: i32, p2: u32, p3: u32) -> u8 {
    for i2 in 0x0u64..4u64 {
        if 5_i8 == 0i8 {
            return div_u8(0x7u8, 2u8) ^ (255_u8 & 127_u8) + (0x0 & 0b1111111);
        }
    }
    let mut w3 = 0_i64;
    loop {
        w3 += 1;
        if w3 >= 3i64 {
            break;
        }
        let mut p3: u8 = 0x84u8;
        if 987600662_i32 == 6 {
            let c4: u32 = 17;
            let c5 = c4 % c4;
            let c6: u32 = !c5;
        } else {
            let mut v7 = p0;
            v7 <<= 0o5i32 >> (-32767i16 & 0b11111) & 63i32;
        }
    }
    let mut v8: u8 = sub_u8(0b1000100_u8, 164) - f0(1u8);
    { let t9 = ((if v8 <= v8 { 126_i8 } else { -0b100 }) & 0b111111_i8) - (div_i8(-0x48_i8, 0x4bi8) & 0b111111i8); v8 }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u8) -> u8 {
    let v1 = i32::MAX as i8 & rem_i8(0x7, 41);
    println!("ck{{}} = {0}, hi\u{e9},{p0},", div_i64(sub_i64(0b100i64, 0o10i64), -(-0x400 | 1)));
    println!("sum{{: {v1}, it = {0}", u8::MAX >> (29706i16 & 7_i16));
    p0
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v10 = 0x5i32 as i64;
    let v11: u16 = add_u16(0x4_u16, 0o10);
    f0(f1(-0o400000000000000000000, i32::MAX, 0b11101001111101110001100101000110_u32, 12));
    let mut v12 = 4u32 as u16;
    v12 <<= div_usize(1_usize, 0xd3e2cfe88b26280a) & div_usize(0b100usize, 9223372036854775808) & 15;
    ck = mix(ck, f0(0x9) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x1f432bea0a571c0e, -32i32, 8_u32, 36u32) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
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
