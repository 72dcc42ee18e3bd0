fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1(p0: u64, p1: i32, p2: u8) -> u32 {
    let mut v5 = true as u16;
    let v6 = (-(i16::MIN | 1_) & 127) * ((u32::MIN == 9u32) as i16 & 12_7) >= 0x1_i16;
    if true || v6 {
        return 1usize as u32 | 9u32 << (0u32 & 0x1fu32);
    }
    println!("q");
    v5 = !v5;
    3958290352 >> ((mul_i16(97, 0b1111111111111i16) ^ add_i16(11379i16, 0b11i16)) & 31_i16)
}

fn f0(p0: usize, p1: usize) {
    let mut w1 = 0_u8;
    while w1 < 2u8 {
        w1 += 1;
        let mut w2 = 0i32;
        loop {
            w2 += 1;
            if w2 >= 3i32 {
                break;
            }
            if -1014_7i16 >= i16::MAX {
                break;
            }
            println!("step: {} val é,{},", add_u8(w1 / ((50u8 & 0o7) + 1u8), p0 as u8), ((8usize | 9223372036854775808usize) - (p1 & 9_2233_720_36_8547_7_58_0_7_usize) & 0o777777777777777777777_usize) + (add_usize(p1, p0) & 0b111111111111111111111111111111111111111111111111111111111111111_usize));
        }
        println!("out {{ok}}: {}", 0o10isize);
    }
    println!("x}} {}", 8_i8);
    let v3: u32 = 20;
    if 0o0u16 != 1u16 && 46_11_68_6_018427387904isize >= -0b101_10_000010101_101_1110000000_111010_1_0111_1000100001_011101_0_11010_11_isize {
        let v4: i32 = !0x2;
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
    for i7 in 0i16..3_i16 {
        if 4209944770u32 <= 0o6_ {
            if 0isize <= -0b1000000000000000000000000 {
                continue;
            }
        }
        let v8 = u32::MIN;
        let mut v9 = 2_5isize as isize;
    }
    println!("acc,{} val\t,{ck}res {ck}", usize::MIN);
    ck = mix(ck, ((-0x80i8 & 63i8) - (0x4_5_ & 0x3_F)) as u64);
    if 0o5_isize < 1_9isize | 6_isize {
        let mut v10 = -((-2147483648i32 & 1_0737_41_8_23) + (0x7fab61c7i32 & 0o7_77_7777_7_77i32) | 1i32);
        let mut v11 = ck as i8;
        println!("step,{ck} val,{}q {v11}r,{}", 0x1u8, v10);
    } else {
        let mut w12 = 0u32;
        while w12 < 0o2 && 0x5_usize >= 8usize {
            w12 += 1;
            ck = mix(ck, (5i8 << (0b100_u8 & 7u8)) as u64);
        }
        if -163_84i16 >= 0x2 {
            let mut v13: u16 = 31;
            let v14: u32;
            if false {
                v14 = w12 << (3_u16 & 31_);
            } else {
                v14 = 1104376290;
            }
            if 6i64 <= -17592186044416i64 || 5u8 < 0x80u8 {
                return;
            }
        } else {
            let v15 = 0x20u8;
            println!("val: {ck} d,{}", 4668596220079866931i64);
            println!("hi {} a = {w12} a = {}", 0b101u8, div_u16(0o6u16, 71u16));
        }
    }
    f0(0o1000000000000000000000usize, 0o10000_00_000000_000_000_000);
    ck = mix(ck, f1(0o0u64, 1_5i32, 0o43) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_i16(a: i16, b: i16) -> i16 {
    if a > 0 {
        if b > 0 {
            if a > i16::MAX / b {
                return a;
            }
        } else if b < i16::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i16::MIN / b {
            return a;
        }
    } else if a != 0 && b < i16::MAX / a {
        return a;
    }
    a * b
}
