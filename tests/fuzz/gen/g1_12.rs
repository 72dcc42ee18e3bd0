fn f0(p0: i16, p1: i32) -> i32 {
    if 1_u32 & 54_ == 32u8 as u32 {
        let v1 = neg_i32(-(p1 | 1));
    } else {
        println!("a,{} z {p0} z = {p1}acc: {p1}", true);
        let p1: usize = 524288;
    }
    let v2 = p1 >> ((if 0_i64 == -3602_879_7_0_1_896396_8 { 67_11689_6_73833_7_2_60_12i64 } else { 5 }) & 31_i64);
    v2 | mul_i32(p1, 1_3)
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1() -> u8 {
    let mut v3 = (27i64 < 5) == (if 144115188075855872i64 != 70368744177663 { i16::MAX >= 32766 } else { u8::MIN > 4_ }) && ((if 1u32 >= 2233080415 { 0i8 == 7 } else { 95isize <= 8633022016444254334 }) || 5_i8 >= 71_);
    for i4 in 2u8..1u8 {
        if (-0o24i8 != i8::MAX) == v3 {
            continue;
        }
        if 42_u64 < 12789634723733061806 {
            continue;
        }
    }
    for i5 in (i8::MAX - 0x3)..=i8::MAX {
        for i6 in 0u8..244 & 7_u8 {
            if true {
                continue;
            }
            v3 &= 7isize == -53_7_002_20210_9917_8102 || 18_i8 <= i5;
            v3 = add_u32(15_u32, 3) <= (3 | 2147483648) - (268435456 & 2147483647);
        }
    }
    let v7: i32 = f0(isize::MAX as i16, if v3 { i32::MAX } else { 0 });
    5
}

fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v8 = ck;
    for i9 in 0_u64..=2 {
        let v10: i32 = sub_u32(511_i16 as u32, 0xd96dc16c >> (2199023255551_i64 & 31)) as i32;
        if v10 == v10 {
            v8 ^= 15778_809_6_5_250_17_56243;
        }
        v8 %= (9_4 & 7) + 1;
    }
    let mut w11 = 0u16;
    while w11 < 1 {
        w11 += 1;
        let mut v8 = 43;
    }
    let v12 = v8;
    let v13: i64 = i64::MIN ^ 16777216;
    v8 %= (div_u64(ck, 9223372036854775808) & 7) + 1;
    ck = mix(ck, f0(9, 23) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
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
