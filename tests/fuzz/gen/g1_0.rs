fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    if 0x7ffffi64 <= 6 {
        let v11: u16 = (if false { if 1_usize > 0usize { 17035567939038382057usize } else { 2011401364877577995usize } } else { 0o417222451404532321351_usize }) as u16;
    } else if 65u16 > 3 {
        ck = mix(ck, 0usize as i8 as u64);
    }
    if false || -5170956164762498048isize == 2isize {
        return;
    }
    let v12: u64 = 1125899906842623_u64;
    if 7 < 8_i32 {
        return;
    }
    ck = mix(ck, 4_usize as u64);
    let v13 = 0b10_isize as u16;
    ck = mix(ck, f0(7u64, 3i8, 0b101, 0x1ffffffffffffff) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(8_u32) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(-512, 5_u32) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: u32) -> u8 {
    if p0 == 0 {
        return 1;
    }
    let mut v4 = 0b101001u8;
    v4 = 1;
    let mut w5 = 0b0usize;
    let v6: i64 = loop {
        w5 += 1;
        if w5 >= 5 {
            break (-0x2A607490E8FF07D7i64 & 0b11111111111111111111111111111111111111111111111111111111111111i64) - (8 & 4611686018427387903);
        }
        v4 &= (v4 | 5) + sub_u8(0o102, 0o0u8);
    };
    let v7 = f1(p0 - 1);
    63u8
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: u64, p1: i8, p2: i64, p3: u64) -> u32 {
    if p0 == 0 {
        return sub_u32(2147483647u32 >> (-239220807i32 & 31), u32::MAX);
    }
    let mut w1 = 0usize;
    while w1 < 1usize && (0o10i8 != 3__i8) ^ (0o77_u32 >= 0xE78B8B48) {
        w1 += 1;
        let v2 = p3 <= 4u64;
    }
    let v3 = f0(p0 - 1, 3i8, 35i64, p3 % p3);
    (v3 & 0b1111111111111111111111111111111u32) + (sub_u32(0b1000u32, v3) & 2147483647u32)
}

fn f2(p0: i32, p1: u32) -> u8 {
    println!("a,{p1} sum é {},", p0 as usize);
    f1(f0(10568192455250620127u64 & 15u64, 7_i8, 0x1Ci64, 3u64) & 0xfu32);
    for i8 in -2_i32..=-0o2i32 {
        let v9: i64;
        if 13945_u16 != 0 && p1 == 3 {
            v9 = i64::MIN;
        } else {
            v9 = div_i64(0b1010100, 0b11110) & (3_i64 & 4611686018427387903i64) - (4096 & 0b11111111111111111111111111111111111111111111111111111111111111_i64);
        }
    }
    let mut w10 = 0x0u8;
    loop {
        w10 += 1;
        if w10 >= 0b11 {
            break;
        }
        println!("step,{}, a {}, ck = {w10},", 2_u64, 0b0u32);
    }
    rem_u8(w10, (w10 & 15) * (w10 & 0b111_1)) ^ div_u8((w10 & 0o177u8) + (w10 & 0b1111111), 18446744073709551615u64 as u8)
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
