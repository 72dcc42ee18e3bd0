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

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: u8, p1: u64, p2: isize, p3: i16) -> bool {
    if p0 == 0 {
        return false && (0x3usize <= 3_usize && p1 == p1);
    }
    let c1 = 0x1i16;
    let c2: i16 = c1 >> 10;
    let v3 = (8u16 != u16::MIN) as u16 | 0b11u16 << (0o1066271617077577500732u64 & 15u64);
    let mut w4 = 0u16;
    while w4 < 2_u16 {
        w4 += 1;
        if -127i8 != 64_i8 {
            continue;
        }
    }
    let v5 = f0(p0 - 1, p1 >> (w4 & 63_u16), if false { -3025718796154425794 } else { p2 }, -32767 | -0b10000);
    false || (v5 && v5 || -1_173544_4_46332467_3_40i64 < -8589934592)
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: u64, p1: usize) -> u64 {
    if p0 == 0 {
        return 6234700315623889349_;
    }
    if 0b110000101011110010010111000100u32 <= mul_u32(u32::MAX, u32::MIN) {
        let mut w6 = 0o0_usize;
        loop {
            w6 += 1;
            if w6 >= 1usize {
                break;
            }
            if f0(31u8 & 15u8, 0, 0isize, 0o37777_i16) {
                continue;
            }
            let v7: u64;
            if f0(177_u8 & 0xf, 0, 0b1000_0_0_0_0isize, 16384i16) {
                continue;
            }
            v7 = 2u64;
        }
        let v8 = 0u32;
    } else if true {
        let v9 = if !true { 0x12u8 as i32 } else { -(0o10000000000 | 1) };
    }
    let mut w10 = 0b0u32;
    loop {
        w10 += 1;
        if w10 >= 0o1u32 {
            break;
        }
        let mut v11: isize = 3;
        let c12 = -6i32;
        let c13 = c12 / c12;
        let mut v14: isize = 2isize;
    }
    let v15 = f1(p0 - 1, p1 ^ p1);
    ((v15 & v15) << ((0_u16 & 32767_u16) + (5u16 & 32767_u16) & 0o77)) as u64
}

fn main() {
    let mut ck: u64 = 0;
    if true || 2i32 > 268435455 {
        let v23 = ck;
    }
    println!("n,{0:09.4x}, val = {}, sum,{ck}, r{{}},{ck}, b{{}} {}", 5i64, 3u64);
    println!("hi");
    ck = mix(ck, f0(10u8, 3, 4, -15120i16) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x0, 9usize) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(9, 0o7u64) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f2(p0: u64, p1: u64) -> bool {
    if p0 == 0 {
        return ({ let t16 = 8u64; 0x3u8 }) == (if 47639u16 == 7340 { 2u8 } else { 3u8 });
    }
    let v17: u64;
    if 0u16 | 59585u16 == ({ let t18 = 0i32; 0x1u16 }) {
        {
            let mut p1 = sub_u8((u8::MAX | 0b10000_00_0) - (u8::MAX & 0b111111_1u8), (40 | 128) - (u8::MIN & 0o177));
            let v19: i8;
            if !false {
                v19 = 6i8;
            } else {
                v19 = 21i8;
            }
            let mut v19: u16 = sub_u16(u16::MAX, 1);
        }
        v17 = p1;
    } else {
        if 5 != 1023i32 {
            f0((if 0x57_i16 >= 78 { 121 } else { 8u8 }) & 15u8, 0_isize as u64, true as isize, div_i16(-0o100000, 36i16));
            let mut v20: u8 = div_u8(0x1_, (148u8 | 0x80u8) - (5u8 & 0b1111_111));
            v20 = v20;
        }
        v17 = p1;
    }
    let v21: u16 = 6u16 >> (-55i8 & 15i8);
    let v22 = f2(p0 - 1, 8u64);
    v22
}
