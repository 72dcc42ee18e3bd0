fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v2: u32 = 7;
    ck = mix(ck, (f0(9_3 / ((1isize & 7isize) + 0x1isize)) && (f0(8388607_) || f0(60_3533293184570_633))) as u64);
    v2 ^= v2;
    println!("n: {ck}tmp,{ck}, sum {} acc {v2}", (0o77777777usize & 0o37_777777777_usize) * (0x1 & 0xf_ffff_ff_fusize) | 6);
    if 0x7u16 <= 0o10 || 79 >= 0o1021534043 {
        f0(!-0b10000000000000000000);
        ck = mix(ck, (0x7u16 & 0_u16) as u64);
        let mut v2 = i64::MIN << (17u8 & 6_3);
    } else if f0(9007199254740991) && 0o0_u8 < 0_u8 {
        let v3: i8 = 3;
    } else if (17_usize < 0b10 || true) && !(0o5i8 != 91i8) {
        f0(5_isize / ((2__isize & 7_isize) + 1isize));
        ck = mix(ck, ck as u64);
    }
    for i4 in 0o4usize..7_usize {
        ck = mix(ck, rem_usize(93usize, 46) as u64 as u64);
    }
    if !(4_i32 >= -0b10001100011101010101000101110i32) {
        v2 = v2;
        v2 = add_u32(v2, mul_u32(0b10u32, v2));
    }
    ck = mix(ck, f0(0isize) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: isize) -> bool {
    if 0x7u64 >= 50755440_3_8470_8_9_3_11u64 || 52713_u16 >= 64764 {
        return 0o0i16 > -0o61271 && 0o54_i8 < -1_28i8 && false;
    }
    let mut v1: u8 = 7;
    sub_u32(div_u32(21_474_8_36_47u32, 0b1100100u32), add_u32(0b1000000000000u32, 5u32)) == mul_u32((262144 & 65535u32) * (2u32 & 65535), div_u32(3002652893u32, 0))
}
