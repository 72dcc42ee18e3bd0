fn f2(p0: u32) -> u64 {
    println!("z = {p0}");
    print!("b\n");
    println!("out: {p0}, q {} hi,{}", mul_u64(mul_u64(0x8000000000000000u64, 0xc8313f6f73a8838eu64), sub_u64(9_5u64, 2u64)), 8_i64);
    rem_u64(6u64, if 180143985_094819_84_usize >= 11574011812140560808 { 1u64 } else { 18446744073709551615 }) >> (sub_i32(9_8, 58_30_70212) as u8 & 63)
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

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1() -> u8 {
    let v3 = -2147483648;
    let v4: bool = (7_i8 as i16 & 16383) - (div_i16(-256_, 1i16) & 16383i16) == i16::MIN << ((3usize | 7_55352750_8_7_14767_265usize) & 15usize);
    (rem_usize(9223372036854775808, 0) & sub_usize(9223372036854775808usize, 1_4829_29_1521_50_814_02_9_2usize)) as u8
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((f2(0x8u8 as u32) | 9_2233_7_203_68547_758_08__u64) - (ck & 9_2_2_3_37203685_477580_7u64)) as u64);
    f0(mul_u8(7, 1u8), 0x400000000000000isize >= 4);
    f1();
    print!("x|");
    let mut v5: u8 = 7u32 as u8 % ((3u8 as u8 & 7_) + 1u8);
    ck = mix(ck, f0(0x2_u8, false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(7u32) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u8, p1: bool) -> bool {
    let v1: u64 = (if 32767_i16 >= -26436i16 { p1 as u64 } else { 18_8580_4_76_586_2074961u64 & 1051_6_95113_1610821609u64 }) as u64;
    let mut v1 = v1;
    let v2: i64 = 0b10_0i64;
    p1 != (11isize >= 8isize || true)
}
