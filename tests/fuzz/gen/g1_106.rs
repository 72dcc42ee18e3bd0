fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if i8::MIN == 71 {
        let v18 = u32::MIN ^ 671_08_863;
        ck = mix(ck, ck as i32 as u64);
    } else {
        let v19 = 1073741824;
    }
    println!("x: {}, y,{ck}, val = {0}", (5_u8 | u8::MAX) as i8);
    let mut w20 = 0_i64;
    while w20 < 3 {
        w20 += 1;
        if 35796u16 > 53327 && false {
            return;
        }
        let mut w21 = 0u16;
        let v22: i32 = loop {
            w21 += 1;
            if w21 >= 3 {
                break (0o7 & 1073741823_i32) - (3 & 1073741823);
            }
            ck = mix(ck, -((40i32 & 1073741823) + (1900657286_i32 & 1073741823) | 1) as u64);
            ck = mix(ck, (w20 / ((w20 & 7i64) + 1)) as u64);
        };
        let v23 = mul_u64(sub_u64(ck << (0x6u8 & 63), 98u64 / ((51u64 & 0x7) + 1)), (ck >> (-106i8 & 63i8)) / (((ck ^ ck) & 7) + 1));
    }
    let mut v24: i64 = w20;
    let v24: i16 = (-1 >> ((9i16 | 27_490) & 0b1111i16)) / (((neg_i16(-32768i16) & 127) * (neg_i16(0x0) & 127) & 7i16) + 1);
    ck = mix(ck, ((0isize >= -144115188075855872) as i64 & v24 as i64) as u64);
    if !(4u8 >= 157_u8) {
        let mut v26 = { let t25 = 16u32 as u8; 0b1111111111111111111111111111111111111111111111111111111111111111 ^ 74_usize };
    }
    println!();
    f0(false, 6, 239u8, false);
    f1(0o6, 12_u16, 0u64);
    println!("ck = {}", ck);
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn f1(p0: i32, p1: u16, p2: u64) {
    let mut w6 = 0o0u32;
    let v7: bool = loop {
        w6 += 1;
        if w6 >= 6u32 {
            break (0b1110010u8 < 15) == true;
        }
        for i8 in i32::MIN..(i32::MIN + 2) {
            let mut v9 = (p2 | 9223372036854775808) - (p2 & 9223372036854775807);
        }
        let mut v10 = div_u16(64u16, i32::MIN as u16);
    };
    for i11 in 0b0u8..=0 {
        if v7 {
            let v12 = v7;
            f0(w6 == 9, i11, i11, v12);
        } else {
            let mut v13 = p2 << ((90_0_7_1_9_9_2547409_9_1isize | 4isize) & 0b111111isize);
            if 8isize > 9007199254740992_isize {
                break;
            }
        }
    }
    for i14 in 1i16..4i16 {
        let mut w15 = 0u32;
        while w15 < 4u32 {
            w15 += 1;
            println!("y {0}out: {} res,{w6},", p1);
        }
    }
    for i16 in i64::MIN..=(i64::MIN + 7) {
        if w6 > w6 {
            break;
        }
        let v17 = i16;
    }
}

fn f0(p0: bool, p1: u8, p2: u8, p3: bool) {
    let mut w1 = 0__u8;
    while w1 < 6 {
        w1 += 1;
        {
            let v2: i16 = (if true { -32768 } else { 17827 }) << (9i16 & -3929i16 & 15i16);
            if 127 <= -1917027895 {
                break;
            }
            let v2: i64 = 8796093022207 >> (3u64 & 63);
        }
        print!("x ");
    }
    let c3: u8 = 0;
    let c4 = 4 + c3;
    let c5: u8 = c3 << 4__u32;
    println!("sum: {p0:07}, out {0:X}tmp é {c4}", i16::MIN ^ 16384 & -31372);
    println!("x");
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}
