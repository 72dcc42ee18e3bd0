fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: i16, p1: usize, p2: usize, p3: bool) -> u32 {
    println!("hi");
    let mut w4 = 0u16;
    while w4 < 3 {
        w4 += 1;
        let v5: isize = -(0o412343_2412_06771124752 << (18i8 & 63) | 1);
        let v6 = p0;
    }
    sub_u32(0b11_0 >> (-14i8 & 0o3_7), 1145740038 | 0b110) & (sub_u32(17, 4) ^ add_u32(1, 67108864))
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: usize, p1: usize, p2: u32) -> i64 {
    if p0 == 0 {
        return (i64::MIN & 2147483647) * (10_7_37418_2_3 & 0b1111111111111111111111111111111i64) | i64::MIN;
    }
    if 54_u8 == 0b10 << (0b1u16 & 7) {
        let mut v1: i32 = sub_i32(rem_i32(42, -152882848), div_i32(3, 0o1)) * (0b100100110001111010100010110101 & neg_i32(-0o13342337562));
        v1 <<= add_u16(u16::MAX, 1023);
    } else if 7u32 == p2 {
        let v2 = 18446744073709551615u64 as u16;
    }
    let v3 = f0(p0 - 1, (p1 & 0xffffffff) * (p1 & 4294967295), 0b111111111111111);
    60 ^ -v3 >> (-0b1000000000000000000000000000000000000000000000000000000000000000isize >> (2u16 & 63) & 63)
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, -rem_i64(17179869184i64, 4611686018427387904) as u64);
    let mut v16 = rem_i32(({ let t15 = u16::MIN; -0b1111010101010111001101011111010 }) ^ 67108864 >> (ck & 31), 46_u64 as i32);
    let mut v17: bool;
    println!("ck {v16}");
    let v18 = add_i8(i8::MIN, 0o177);
    v17 = !(0o0_isize <= 0o6) || -302189728 > v16;
    let v19: u64 = 4031023725547734942;
    ck = mix(ck, f0(9, 4503599627370496, 1) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(16383, 0o7_, 1, false) as u64);
    println!("f1 = {}", ck);
    f2();
    println!("ck = {}", ck);
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f2() {
    if 0b1000u8 < 5 || 100u8 == 0o362 || 0o77isize > 8171757610929821135 {
        let v7: u8 = (158 & 15) * (251 & 15);
    } else if 9i64 < sub_i64(8301626276705483447i64, 0x400000000000000) {
        let c8: u64 = 0o77777_77_7777777_7777777u64;
        let c9 = c8 ^ 0b101;
        let mut v10: u64 = c8 / ((c8 & 7) + 1);
    }
    let c11 = 14;
    let c12 = c11 << 19;
    let c13: i32 = -c11;
    let c14 = c12 & 0x8;
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}
