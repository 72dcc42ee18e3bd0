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

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if !(9i16 >= 0o10) {
        return;
    }
    f0(add_u32(u32::MIN, 0o23643621143));
    let v7: i32;
    if 1i16 == i16::MIN {
        for i8 in 5..0x9u64 {
            f1(!0 & 15, (isize::MAX & 0x3FFFFFFFFFFFFFFF) - (-20 & 0b11111111111111111111111111111111111111111111111111111111111111));
            if 0u8 < 27u8 {
                continue;
            }
        }
        v7 = 59 | 32;
    } else {
        let v9 = add_u64(ck, ck);
        v7 = (1 & 0o77777) * (0o44 & 0o77777);
    }
    let mut w10 = 0i32;
    let v11: u64 = loop {
        w10 += 1;
        if w10 >= 6 {
            break rem_u64(ck, ck);
        }
        if -6267930341121707573i64 > 0x3 {
            if -18isize != -5905205032352175854isize {
                return;
            }
        } else if ck == ck || false {
            println!("out: {ck:\0^8x}");
        }
        if !(0x1i16 == 9) || 1i16 > 4 && true {
            println!("q: {:ß^#}val: {:->#6} x,{},", 6_u32, 6isize, 4i64);
        } else {
            ck = mix(ck, w10 as i32 as u64);
            let v12 = 0x1i16 ^ 7 <= 8u32 as i16;
            let v13: i64 = 3607218798267521490 ^ 0b10010000001011001010000011110000011101011110101011001100111110 / ((9 & 0o7) + 1);
        }
        let v14: u8 = 14;
    };
    let v15: bool = f1(0b0u8 & 15, 9) || 0b111111111111111i16 > 4 || 0b110u32 != 1265054575 ^ 0;
    let mut v16 = mul_i16((isize::MIN << (27862u16 & 63)) as i16, -0xf60);
    ck = mix(ck, f0(5) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x8u8, 1) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
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

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1(p0: u8, p1: isize) -> bool {
    if p0 == 0 {
        return (16383_i16 as usize) < 0x3;
    }
    let mut v5: u16 = (-15i64 != 9223372036854775806) as u16;
    let v6 = f1(p0 - 1, mul_isize(32767, -7011779685801605814isize));
    false
}

fn mul_isize(a: isize, b: isize) -> isize {
    if a > 0 {
        if b > 0 {
            if a > isize::MAX / b {
                return a;
            }
        } else if b < isize::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < isize::MIN / b {
            return a;
        }
    } else if a != 0 && b < isize::MAX / a {
        return a;
    }
    a * b
}

fn f0(p0: u32) -> u16 {
    let mut w1 = 0u32;
    while 2 > w1 && (123u8 > 0x6) ^ (u8::MIN < 128) {
        w1 += 1;
        println!("d {}", 102_u8);
        let v2: u32 = 0_u32;
        let v3 = 0x9 / ((2i64 & 7) + 1);
    }
    let v4 = (78 & 0x3d & 7i8) * (34 / ((-128 & 7i8) + 1) & 7i8);
    mul_u16(0b110111 << ((7_u8 & 15) * (0 & 15_u8) & 15), 67 & false as u16)
}
