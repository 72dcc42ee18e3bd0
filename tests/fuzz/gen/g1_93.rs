fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: bool) -> i64 {
    for i1 in -0x1..=2i16 {
        let v2: usize = div_usize((0x41a3ff5260e85552 & 0xFFFFFFFF) * (0b1000000000000000000000000000000000000000000000000000usize & 0b11111111111111111111111111111111usize), usize::MAX);
        let mut v3 = v2 as u8;
    }
    for i4 in 0x0u8..(193u8 | 0o200u8) - (0b1u8 & 127) & 0b1111 {
        let v5 = mul_usize(0o1000000000000000000000usize, 0xaa16200904cd63b) >> (1_u64 & 63_u64);
        let v6 = (0x6i8 as i32 & 1073741823) - ((0x13_i32 & 1073741823i32) + (0o2i32 & 1073741823) & 1073741823i32);
    }
    let mut w7 = 0o0_u32;
    while w7 < 0o3u32 {
        w7 += 1;
        println!("x = {p0}out {}z,{}, res: {p0},", u8::MAX & (0x1 & 8u8), !p0 ^ false);
    }
    if false || p0 {
        return neg_i64(-65536i64 | 0b10010i64);
    }
    rem_i8(if 0b111u16 < 0b10 { -32i8 } else { 84i8 }, 0x8_i8 << (0o0i32 & 7i32)) as i64
}

fn main() {
    let mut ck: u64 = 0;
    let mut v8: isize = 3;
    v8 = -(72057594037927935 | 0b1_isize);
    let mut w9 = 0_i32;
    while w9 < 0b1i32 && (w9 >= -0o1666522630 && 0o0u8 <= 0x14) {
        w9 += 1;
        v8 &= v8;
    }
    let v10 = if -3783815009303643848i64 < 0x4c8e9c80934aaffai64 && true { 0x52u8 / ((7_u8 & 0b111u8) + 1u8) } else { if ck >= ck { 217 } else { 0x10u8 } };
    let mut w11 = 0x0u32;
    let v12: u32 = loop {
        w11 += 1;
        if w11 >= 0o3 {
            break div_u32(0o26214432550u32, 0b1111111111111111111111111111111u32);
        }
        let v13 = div_usize(0x5, sub_usize(0o11, 0b1001000101001011110001010100110111110100111101111110000111100001));
        f0(v13 != 0o0usize);
        let v14: u8 = v10;
    };
    ck = mix(ck, f0(true) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}
