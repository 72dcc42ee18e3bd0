fn f0(p0: usize, p1: bool, p2: bool) -> i64 {
    if p0 == 0 {
        return mul_i64((6 & 0x3fffffffffffffff) + (0o4 & 4611686018427387903_), { let t1 = 0x9isize; 0x47243dd1ce24a9f2 });
    }
    let mut v2: i64 = (0b100_ << (0b11i8 & 0x3f) & 4611686018427387903) + (-17 << (0o10_u8 & 0x3f) & 0b11111111_111_1_1_11_1_111_11_1111_111_11_1_11111_1_1_1111111_111111111_111_1_1_111);
    let v3 = f0(p0 - 1, v2 <= 0b100_0000000_0_000_0_0_000000000000000000_000000000_0000_000, false);
    (-(v3 | 1) & 0b1111_1_1_1111111_11111_1111_1_1111111111111_1_1_111111_1_111_11111_11_11_1111_1) - ((if false { v3 } else { 0b1001 }) & 0b11111111111111111111111111111111111111111111111111111111111111) >> ((if false { 0b0u16 } else { 0o5 >> (v2 & 0b1_111) }) & 63)
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn mul_i64(a: i64, b: i64) -> i64 {
    if a > 0 {
        if b > 0 {
            if a > i64::MAX / b {
                return a;
            }
        } else if b < i64::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i64::MIN / b {
            return a;
        }
    } else if a != 0 && b < i64::MAX / a {
        return a;
    }
    a * b
}

fn main() {
    let mut ck: u64 = 0;
    let mut v7 = 8796093022208usize >> (53_i8 & 63) != ({ let t6 = (0b1111111111111111111111111111111 & 32767) * (4_i32 & 0b11_111_1111_11_11_1_1); 0b1u8 as usize });
    for i8 in i8::MIN..(i8::MIN + 0x3) {
        v7 |= v7;
        for i9 in (i32::MAX - 5)..=i32::MAX {
            ck = mix(ck, (isize::MAX << (0o10i8 & 63)) as u64);
            let v10: i64 = -0x5657f4c3c8337e20;
            let v11: u8 = 0x0_;
        }
        let v12: usize = 0o777777777777777777777;
    }
    ck = mix(ck, mul_u8(22_u8, 5u8) as u64);
    v7 |= v7;
    v7 = v7;
    ck = mix(ck, (mul_u64(ck, ck) - 7) as u64);
    v7 ^= true;
    ck = mix(ck, f0(5, true, true) as u64);
    println!("f0 = {}", ck);
    f1(0);
    println!("ck = {}", ck);
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn f1(p0: i8) {
    let v4: i64 = 0o0;
    println!("a = {0:<>X} it = {:#.2}, d: {} r{{ = {1}", mul_u64(0o1_1_70474_4554420_176_43270, 0o1_), rem_usize(0o2_usize, 0o11615_7_3_2213_375_274_545_70usize));
    let mut v4: u8 = 2 >> (7_9_i16 & 7);
    let v5: i32 = neg_i32(256i32);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_usize(a: usize, b: usize) -> usize {
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
