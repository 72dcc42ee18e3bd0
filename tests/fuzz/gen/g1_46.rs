fn main() {
    let mut ck: u64 = 0;
    for i9 in 4..=6u8 {
        for i10 in (isize::MAX - 1isize)..isize::MAX {
            let v11 = 3u8 != i9;
            println!("step,{v11}sum {} ck,{ck}", mul_u16(!65535, i10 as u16));
        }
        let v13 = ({ let t12 = add_i8(126i8, -4); if false { -7350i16 } else { 4 } }) as i32;
        if i9 < i9 {
            ck = mix(ck, i32::MIN as u64);
            let mut v14 = -0x1d55efcdb3d3b5f3_isize >> (209_7_152i64 & 63i64);
            let v15: u16 = 7u16;
        }
    }
    println!("acc: {}y {}, k}}: {ck},", 2048u32 % (((79 | 2147483648) - (21_47_48_364_8_u32 & 2147483647) & 7u32) + 1u32), 4_01229_865_0_u32 | u32::MIN);
    let v16: u16 = 9 ^ 65535;
    println!("a");
    let v17 = 8i32 << (502225222050777874usize >> (ck & 63) & 31);
    ck = mix(ck, f0(5i32, 4, 127) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: i32, p1: u16, p2: u8) -> i16 {
    for i1 in 3usize..6 {
        if false {
            return 84i16;
        }
        let mut v2: u16 = 0b1 | p1;
        let mut w3 = 0u16;
        let v4: isize = loop {
            w3 += 1;
            if w3 >= 6u16 {
                break div_isize(0isize, -237_83_6_19_98_1_14737938_isize);
            }
            if true {
                return 1i8 as i16 | mul_i16(0i16, i16::MAX);
            }
        };
    }
    let mut v5: u64 = 0_;
    let v6 = 5u32;
    let v7 = v6;
    let v8: i32 = p0 << ((p0 | p0) & 31i32);
    neg_i16((0b1i16 & 16383i16) + (8_i16 & 16383i16)) as i16
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

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}
