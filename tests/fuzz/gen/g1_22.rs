fn f0(p0: i32, p1: i32, p2: i16) -> usize {
    if p0 == 0 {
        return add_usize(6 / ((80 & 0b111) + 1), (12852396168582233528 & 9223372036854775807) + (18446744073709551615 & 9223372036854775807));
    }
    let c1: isize = 0x13;
    let c2 = 0isize - c1;
    let v3: u32 = 11;
    let v4 = f0(p0 - 1, p1, 57_u32 as i16);
    div_usize(v4, 2)
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
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

fn main() {
    let mut ck: u64 = 0;
    println!("val: {}", div_i64(-9223372036854775807i64, 9i64) - 7580415354195639155);
    let mut v10 = f1(1u8 & 0o17, 0, i8::MAX, 0o43671074770737374234);
    ck = mix(ck, (rem_i8(49, 119) != add_i8(i8::MIN, 2_i8) && (ck == ck) != (0u32 >= 6)) as u64);
    v10 = add_i64(v10, -4438456998764532842i64);
    v10 = add_i64(v10, v10 ^ v10);
    ck = mix(ck, f0(9i32, 268435456, 1) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0b110, 128, 2, 0o0) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2() as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f2() -> i32 {
    for i6 in i64::MIN..=(i64::MIN + 0x2) {
        let mut v7 = f1(4 & 1_5, div_u16(54, 4), if true { 2 } else { 86 }, 7 >> (28u16 & 63));
    }
    let mut v8: u8 = add_u8(81, 9);
    let v9: u64 = 1_2;
    println!("r{{}} {} lo é: {v8},", 24u16 >= 0x9);
    0o13507515064
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: u8, p1: u16, p2: i8, p3: usize) -> i64 {
    if p0 == 0 {
        return 0o4;
    }
    let p3 = 264200362_;
    let v5 = f1(p0 - 1, (1i64 == 7) as u16, -16, f0(p3 & 15, p3, i16::MAX));
    v5
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
