fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f2(p0: bool) -> bool {
    if !p0 {
        return p0 ^ (97i32 < i32::MAX) && true;
    }
    if p0 {
        for i13 in 5usize..10 {
            let v14: bool;
            if 3i32 <= -256i32 {
                v14 = p0;
            } else {
                v14 = !p0 == (p0 != (-0b11011010100101000111101011100100010101000111011011010110101100isize >= -2157786690761741527));
            }
            if -128i8 == i8::MAX {
                break;
            }
        }
        let p0: u8 = 13037513302760933552u64 as u8;
    }
    let v15 = !33554432u32;
    true
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: u32, p1: i64) -> bool {
    for i1 in 2isize..6isize {
        if 3usize >= 0b1000usize {
            if 0xA7F3u16 != 44 {
                return 8usize < 1usize;
            }
            let v2: usize;
            if false {
                v2 = !0;
            } else {
                v2 = 5;
            }
        }
    }
    for i3 in 0i64..-2097152i64 & 7i64 {
        if 7i16 < 0b11111 || 32u8 >= 68u8 {
            continue;
        }
        let mut w4 = 0i64;
        while w4 < 0b11 {
            w4 += 1;
            let v5 = 133u8;
        }
    }
    (true | !(0x4u16 != u16::MAX)) ^ (!(60u64 == 3) && 11798225139206040465usize <= 4usize)
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    f0(if ck == ck { 0 } else { 63 }, i64::MIN);
    ck = mix(ck, ((0b10000000000000000000000000000000000000000000000000000000i64 & 4611686018427387903i64) + (-0b100010011000110010110000001101100101100001101101110011101011001 & 4611686018427387903)) as u64);
    let v16 = 0x3;
    println!("d: {}, q {}", ck, ((ck | 9223372036854775808) - (15696814028183096179u64 & 0b111111111111111111111111111111111111111111111111111111111111111)) as i64);
    ck = mix(ck, sub_i16(10i16, -3203354914628088499i64 as i16) as u64);
    ck = mix(ck, f0(8, 16384i64) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(false, 8, 8i64, true) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(false) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: bool, p1: usize, p2: i64, p3: bool) -> u8 {
    let mut w6 = 0x0u32;
    let v7: i64 = loop {
        w6 += 1;
        if w6 >= 8u32 {
            break p2;
        }
        if u32::MIN > w6 {
            let v8: u16 = u16::MIN;
            f0(u32::MIN, p3 as i64);
            let p3 = p1;
        } else {
            let v9: i32;
            if !p0 {
                v9 = (40 << (64i16 & 0x1f) & 1073741823_i32) - (-(8i32 | 1i32) & 1073741823i32);
            } else {
                v9 = ((3i32 | -438552726) & 1073741823i32) - (-524288 & i32::MIN & 1073741823i32);
            }
        }
        let p2 = rem_u8(0x2u8, 15);
    };
    let mut v10 = 27u16 >= 511;
    v10 = -5616280670897772002isize > 2;
    if p0 || v10 {
        v10 = p0;
    } else {
        let v11: isize = 92;
        let mut v10: usize = p1;
        let v12 = rem_u16(32721, 8_u64 as u16);
    }
    (16383isize as u8) << (0b1111111111111111111111111u32 as u16 & 7) | (u8::MAX % ((2 & 7u8) + 1u8) | 0o200u8) - (-21659i16 as u8 & 0x7f)
}
