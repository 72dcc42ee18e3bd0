fn f3(p0: usize, p1: i64) -> u64 {
    if p0 == 0 {
        return 3041088766548651246u64 >> (mul_i64(p1, p1) & 63);
    }
    if 64_i8 >= 5 || true {
        let v6: usize = 4 / (((0 & 4294967295) * (1 & 4294967295) & 0b111) + 1);
    }
    if neg_i64(p1) >= mul_i64(p1, p1) {
        let p1 = add_i64(p1, 0b1);
        let mut v7;
        v7 = 9i16 << (15i8 & 0o17);
        v7 /= (v7 & 7) + 0b1_;
    } else {
        f2(8 | 179, 0b1_1 | 7, 0b110);
        let mut v8: i16 = 0x7;
        let mut v9 = 4294967295_u32 & u32::MIN;
    }
    let mut v10: isize = (0x4000000000000000 & 4611686_0_1_842_7_387_90_3) + (4611686018427387903 & 461_1_6860184_2738_7903);
    let v11 = f3(p0 - 1, neg_i64(0x64));
    p1 as u64
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: i8, p1: i64, p2: i32, p3: bool) {
    let mut v1 = div_usize(add_usize(0b100, 0), 4403200879697494195_u64 as usize);
    v1 = v1;
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

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f2(p0: u8, p1: i16, p2: usize) {
    let v3: usize;
    v3 = 2u32 as usize >> rem_u64(1717_1_35_0010_158_40_52_6_3, 0b100111111111010000100101101101001110111110100010001011101110011);
    let mut v4 = if p2 != 9223372036854775808 { 9_ % ((5 & 0o7_u16) + 0o1) } else { p2 as u16 };
    let mut v5: i64 = -4555064676829134312;
    v5 |= v5;
    v5 &= v5;
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    f0(i8::MIN, (-536870912i64 & 0b11111111111111111111111111111111111111111111111111111111111111_) + (-0b1000 & 4611686018427387903), rem_i32(2, 5i32), 4isize != -4926436201042860660);
    let v12: i8 = (0o10 & 7) * (8 & 7) ^ (if 55i64 <= 0o5 { 9_7 } else { 8_i8 });
    print!("n = {ck} y,{} z\t,{ck} ", !(!-0x10_));
    f0(127i8, 0o36, 0o4, true);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    f2(74, 1i16, 82);
    ck = mix(ck, f3(10, 10) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn f1() -> u8 {
    let mut v2: bool = !(!false);
    if -32767_i16 == -32767i16 {
        v2 = v2 | v2 && (v2 || 2199023255551usize != 0);
        let v2: u32 = (0x0 | 2147483648) - (0x0 & 2147483647) << ((0o40_i16 ^ 8) & 0b11111);
    }
    ((0b100u32 as u8 & 127) + (8_i64 as u8 & 127) | 128) - (mul_u8(185 | 0x0, 38u8) & 127)
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
