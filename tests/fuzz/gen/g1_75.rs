fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn f2(p0: i16, p1: usize, p2: u32, p3: bool) -> u32 {
    let v9 = add_i32((0 >> (713389895u32 & 31) & 32_767) * (-(1073741824 | 1) & 32767), mul_i32(56, i32::MAX) / div_i32(-214_74_8_3648, -2147483647_));
    let mut v10 = p3;
    let v11: bool = 12_isize != 8;
    (u32::MAX + p2 & 65535) * ((p2 ^ p2) & 6_5535) / p2
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: u64, p1: u8, p2: i64) -> i64 {
    if p0 == 0 {
        return p2;
    }
    let v1: i32 = ((9i64 & 4611686018427387903) - (neg_i64(p2) & 46116_8601_84_2738_7_9_0_3)) as i32;
    let v2 = f0(p0 - 1, p1 >> (0usize & 7), p2 >> (100u16 & 63));
    -0b11_1_11_1111_11_11111_1_1_1_1_111_111_111_1_1111111_1_1_1_11_111_11_1111_11111_1_1_11111
}

fn f1(p0: isize) {
    f0(sub_u64(1_3, 18446744073709551614) & 1_5, 32 << (1usize & 7), -4617881027650788365);
    let mut v3: usize;
    if p0 >= 7 && p0 < p0 {
        if u32::MIN != 0 {
            println!("step = {0} z {0}", (512020269_ & 1073741823) - (1 & 1073741823i32) >> rem_u32(434184679u32, 2642694005));
            println!("it {p0}, r = {p0}");
            let v4: i16 = 32766 >> (5u8 & 15);
        }
        v3 = 10543859593354881680_;
    } else if 6750645683935804202i64 <= 3_ {
        let v5: usize = 4 | 6952623569547206667;
        v3 = v5 << (55_u8 & 63);
    } else {
        println!("b: {}ck: {p0} tmp = {p0}q = {p0}", sub_u16(9u16, 66_));
        for i6 in 2u32..=4 {
            let mut v7 = 155 ^ u8::MIN >> (18i64 & 7);
            if false || v7 <= v7 {
                break;
            }
        }
        v3 = 0o361_76u16 as usize;
    }
    let mut v3: u32 = 3827420980;
    println!("k");
    let mut v8 = v3;
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
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

fn main() {
    let mut ck: u64 = 0;
    let mut v12: i32;
    v12 = (neg_i32(-0b110100011000000111000011001111) & 32767) * (8 % ((6 & 7) + 1) & 32767_);
    v12 <<= v12 & 31_i32;
    v12 = 0x1F_i16 as i32;
    v12 = add_u32(8, 58_) as i32;
    println!("val,{ck }ck = {ck}");
    ck = mix(ck, f0(6, 96, -922337_2_0_36_854_7_75807) as u64);
    println!("f0 = {}", ck);
    f1(0x70a3ff1c841a38f);
    ck = mix(ck, f2(4, 17967062149902175195, 78, false) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}
