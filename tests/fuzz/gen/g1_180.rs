fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: usize) {
    let v1 = (p0 & 4294967295usize) * (p0 & 0o37777777777);
    println!("q {:^20.4b} sum\" {:^03} y: {0} ck {p0} r = {}", 0u32 as u16, (if true { 1u32 } else { 9 }) == sub_u32(1420184572, 0o105u32), p0);
    let mut w2 = 0_u32;
    while w2 < 4u32 {
        w2 += 1;
        for i3 in 0_i8..=i64::MIN as i8 & 7_i8 {
            let v4;
            if false {
                v4 = 84u8;
            } else {
                let v5: i64 = 9223372036854775807;
                v4 = 3u8;
                let v1: u64 = rem_u64(0b1, 0b1000) / ((4isize as u64 & 7) + 1) | ((u64::MAX & 4294967295u64) * (0o1170366137150060643726u64 & 4294967295u64) | 63);
            }
            let v6 = -0xa / ((-0x8000000000000000isize & 7) + 1isize) % ((4 & 0o7_isize) + 1);
        }
        println!("q = {}", -107i8);
        let mut p0: u64 = 71;
        let w2: u16 = 8;
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    if 8u8 == 0b10 {
        ck = mix(ck, u16::MAX as u64);
        for i7 in -3..-4i8 {
            let v8: isize = -(0b101100000111100111000010101001010110011100111011101011100110111 | 1);
        }
        f0(-0o777777777777777777777_i64 as usize);
    } else if 0b11u16 == 15usize as u16 {
        if 52_i8 != 1_i8 {
            ck = mix(ck, ((1_i8 & 0o77) - (-0o4 & 6_3)) as u64);
            let v9: i64 = 9223372036854775807;
            let mut v10 = 0o7i32 & 0o0;
        } else if 7_i16 < i16::MAX {
            let v11 = !rem_u8(0o237, (0o5u16 > 0o0) as u8);
            let v12: i8 = 0b1010010 ^ 7;
        } else {
            for i13 in -2isize..=-0x3_ {
                let v14 = (7i64 & 0x7FFFFFFF) * (9 & 21_4_74_836_47i64);
                if 5u8 < 0x23u8 || 0i8 > 5 {
                    continue;
                }
            }
            let ck = 16_1_798_76_1;
        }
    }
    if ck < ck {
        return;
    }
    for i15 in 0..=0o3i16 {
        ck = mix(ck, -722608290i32 as u64);
        let v16: i64 = rem_i64(4, 56i64);
        if true || 2_u8 >= u8::MAX {
            continue;
        }
        let i15: u16 = 0o10;
    }
    let mut v17 = rem_usize(0o10usize ^ 33, 0b100000000usize);
    let mut w18 = 0o0u16;
    while w18 < 1 {
        w18 += 1;
        v17 %= (v17 & 7_usize) + 0o1;
        let mut w19 = 0b0i32;
        loop {
            w19 += 1;
            if w19 >= 4 {
                break;
            }
            let v20: usize = 4;
        }
        let w19: i64 = -9214758017840403200;
    }
    f0(0o7usize);
    println!("ck = {}", ck);
}
