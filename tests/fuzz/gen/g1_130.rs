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
    let mut w5 = 0x0i64;
    let v6: bool = loop {
        w5 += 1;
        if w5 >= 4 {
            break 6_i64 <= 0x3fffffffffffffff;
        }
        ck = mix(ck, ck as u64);
        ck = mix(ck, !((ck < ck) as i32) as u64);
    };
    if !(!(130u8 >= 0b10111)) {
        let mut v7: u32 = 0b11111111111111111111111111111111;
        if 255i16 >= 0x3d >> (0x2c_i8 & 0xfi8) {
            v7 >>= 0b110110011110010111110011001100111111110100100010100011100010110isize & 0x1F;
            ck = mix(ck, ((mul_i32(0o2000000, i32::MAX) & 1073741823) - ((i32::MIN & 0x7fff) * ((-9363_83_53_9 | 262144) & 0x7fff) & 1073741823i32)) as u64);
        }
    } else if v6 {
        let v6 = 262143;
        if 0o10u32 < 0x59e2abd6 {
            let v8: usize;
            if -22517_99813_68_5248isize < -8752190258074669678isize {
                v8 = (div_usize(0x3ffffffff, 0x9) | 0b1000000000000000000000000000000000000000000000000000000000000000) - ((5 & 4294967295) * (0x4 & 0o37777777777) & 0x7FFFFFFFFFFFFFFF);
            } else {
                v8 = 0b111;
            }
        }
    } else {
        print!("r|");
        ck = mix(ck, !(!(w5 == w5)) as u64);
        ck = mix(ck, !mul_u64(ck, ck) as u64);
    }
    f0(0x6 | 8, -0o21753160267540245627isize as i64, 127u8 as u16, (-0x4620 & 0x7f) * (-25197i16 & 127));
    for i9 in 0x4_u8..0xc {
        if false && v6 {
            return;
        }
    }
    let mut v10 = if 0x3u8 == 227 { (0o437017250362527464621_isize & 0x3FFFFFFFFFFFFFFF_) - (-0x20000000000 & 4611686018427387903) } else { rem_isize(0o7, -0x8000000000000000) };
    v10 = { let t11 = (0x2i8 as i16) << (0o65621_i16 >> (-0o100 & 0xf) & 15); (v10 & 0x3fffffffffffffff) + (68 & 0o37777777_7777777_777_7_77) | v10 };
    v10 |= v10;
    v10 <<= 0b1001u8 & 63u8;
    ck = mix(ck, f0(1, 0o102301641026263412740, 65534, 8) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u16, p1: i64, p2: u16, p3: i16) -> u32 {
    let v1: bool = false;
    let p0 = p1;
    for i2 in 0i32..-(i32::MIN | 0x1) & 0x3i32 {
        for i3 in -0o3isize..-1 {
            if i3 < i3 {
                return { let t4 = i3; 0u16 as u32 };
            }
        }
    }
    0b1001101110111111001011110110110 << ((1u8 | 128) - (!0x0 & 0b1111111) & 31u8)
}
