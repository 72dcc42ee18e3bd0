fn f0(p0: u8, p1: i32) -> u8 {
    let mut w1 = 0i64;
    let v2: i16 = loop {
        w1 += 1;
        if w1 >= 0x3 {
            break 2501107615998958081isize as i16;
        }
        for i3 in (u32::MAX - 8)..u32::MAX {
            let p1 = i3;
        }
        let mut p1: i64 = (w1 & w1) as i64;
        println!("y: {p0},");
    };
    let mut v4 = p1;
    let v5: u8 = 81;
    let v6 = (1977324206_u32 - mul_u32(0x3u32, 0u32) & 65535u32) * (rem_u32(sub_u32(5u32, 4u32), div_u32(36u32, 0)) & 65535u32);
    (sub_u64(9223372036854775807u64, 2458114292825636988) * div_u64(u64::MIN, 18446744073709551615u64)) as u8
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if true {
        if false {
            return;
        }
        let ck: i64 = if false { 43 } else { 810951620498525503i64 };
    } else if -4i8 >= i8::MIN {
        println!("n: {ck}step = {}x {{ok}},{1} b,{1} a {{ok}} = {}", -128_i8 ^ 63, 0usize as isize);
        {
            let v7: u64 = ck;
            ck = mix(ck, 6u64 as i16 as u64);
            let mut v8: i16 = -31419;
        }
    } else {
        if 8i8 > -101 {
            if (if 128u8 != 8 { 18i8 <= -12 } else { false }) {
                return;
            }
            let v9: isize;
            if div_isize(isize::MAX, 0o112isize) == 1isize >> (1isize & 0o77_isize) {
                v9 = (0x0 & 2147483647_isize) * (-4503599627370496 & 2147483647isize) >> ((5 & 1073741823) + (6i32 & 1073741823i32) & 63i32);
                let mut ck: u8 = ((7 & 127u8) + (0u8 & 127u8) & 15u8) * (4 & 15u8);
            } else if 0u32 < 536870911u32 {
                v9 = 4418405489103649532;
            } else if true {
                v9 = -(isize::MIN | 1isize) & neg_isize(6);
                let mut ck: u32 = (4038658473_u32 & 65535u32) * (3u32 & 65535_u32) ^ 9u32;
            } else {
                v9 = -9223372036854775807isize;
                let ck = (44 | -403495086_i32) & 0x1u32 as i32;
            }
        } else {
            let mut v10 = i64::MIN < 5;
            ck = mix(ck, -2147483648i32 as u64);
        }
        ck = mix(ck, false as u64);
    }
    let mut v11: u32 = (0_u32 << (42_i16 & 0b11111) | 2147483648u32) - (64u8 as u32 & 2147483647u32) & 8388607u32 >> (5 & 31i32) >> sub_i16(0b110, 10639i16);
    let mut v12: bool = 2 != -863671533 || 0_u64 != 14918479868053418800;
    ck = mix(ck, f0(0u8, -4194304) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
