fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
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

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v1 = ck;
    let v2: u32 = 9_;
    let v3: u64 = (add_u64(8987427640798530276_u64 as u64, 12850_76123_726897092_0 ^ ck) & 4294967295u64) * (ck & 4_294967295);
    if true {
        if !false {
            println!("a,{}d {} val,{}", false, 0x2usize, if 4_7_34_89684245_32948_1_4u64 != v3 { 9223372036854775807_isize } else { 382579633_26143_06572 });
            println!("n {}, sum}}: {ck},", 45_u8 as u32 as i32);
            let mut v4: i64 = -704_486673890341621_8i64;
        }
        ck = mix(ck, mul_i64(72057594037927935, 1) as u64);
        {
            ck = mix(ck, mul_u16(add_u16(2, 1_28) + mul_u16(512, 0o67707), mul_u16(8 << (0b1isize & 15), 1 >> (6_i64 & 15))) as u64);
            let v5: u32 = v2;
        }
        let v2 = (7i32 | 7i32) as i32;
    }
    let mut v6 = (-0b101i64 & 2147483647) * (8 & 2147483647) ^ 5i64;
    f0(0x7fffu16 >= 9, div_u8(u8::MIN, 0b1001101));
    let v7 = 21u8 <= 39;
    ck = mix(ck, f0(false, 5) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: bool, p1: u8) -> bool {
    if 1usize < 93usize && p0 {
        return add_i8(72, 7_9) <= (0o177 & 7) * (-127 & 7);
    }
    if !p0 {
        return (16958416006326166399u64 as usize) < p1 as usize;
    }
    if 1u8 > 83 {
        return (153_0_0u16 & 32_767) + (65535 & 3_2_767) <= add_u16(7u16, 0);
    }
    println!("step{{,{} r: {}", 0xdc5593d6bba331afu64 == 7_, 262143 & -2_6_2144_i32 & 325657965);
    false && i8::MIN < (25 & 63) + (4 & 63_)
}
