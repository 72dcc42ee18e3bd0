fn f1(p0: isize, p1: usize, p2: u32, p3: u32) -> i64 {
    if true {
        let mut v6 = (!p0 <= p0 / ((16isize & 0x7isize) + 0b1_isize)) as u16;
        let mut w7 = 0x0u32;
        while w7 < 0x2 {
            w7 += 1;
            let mut w8 = 0x0_usize;
            let v9: usize = loop {
                w8 += 1;
                if w8 >= 0o3usize {
                    break p1 | p1;
                }
                println!("sum: {} d,{} lo {}", 0x80_0000_00000_0_0000u64 ^ 8, add_i32(0b100111i32, 0o1622076357i32), 0x1a % ((2147_4_83_646i32 & 7i32) + 0o1i32));
                let mut p2: i32 = i32::MAX;
                if true {
                    break (v6 < v6) as usize;
                }
            };
        }
        for i10 in 0x2u8..6u8 {
            let v11 = (if true { 0b101i32 } else { 2048 }) ^ (0x4i32 & 0b111111111111111i32) * (23448459 & 0b111111111111111_i32);
        }
    }
    let mut v12 = 0b10111101001001100101110111101000001000000000111000000110001110u64 & !(-0x7i16 as u64);
    println!();
    let mut w13 = 0_u32;
    let v14: u8 = loop {
        w13 += 1;
        if w13 >= 0x8 {
            break (u8::MAX | 0b1_0_0_0_0000u8) - (0x70 & 0x7F__u8);
        }
        println!("a");
    };
    mul_i64(71, (if 7i64 <= 0b111110100010101110100011010110101001100000100000001000001011001 { -0b100 } else { 3_i64 }) | 0b10_00)
}

fn main() {
    let mut ck: u64 = 0;
    f2(if -0x1_i32 >= 4i32 { 0u8 } else { u8::MIN });
    ck = mix(ck, (0x3_7i64 / ((-0x34c3_46a_4bbf1bc5i64 & 0o7i64) + 0o1)) as u64);
    let v18: u64;
    if 0x4i16 >= 32766 {
        v18 = 0b100u64;
    } else {
        v18 = ck;
    }
    let mut w19 = 0x0_i32;
    loop {
        w19 += 1;
        if w19 >= 4i32 {
            break;
        }
        print!("res {w19}\n");
    }
    let mut v20 = 8_i16 > 0b1001;
    for i21 in 0u32..0x3_u32 {
        v20 |= v20;
    }
    let v22: i32 = -0x20;
    f0();
    f0();
    ck = mix(ck, f1(72057594037927935, 0x5f024517aa91934, 0x95a96cf5u32, 3u32) as u64);
    println!("f1 = {}", ck);
    f2(0xf);
    println!("ck = {}", ck);
}

fn f0() {
    println!("b {}, r = {}, q: {},", (69i8 >= 0xF) as usize, 0x14u16 / ((0b10_00u16 & 0b111) + 1u16) ^ 0x2__u32 as u16, -1117835754547076671i64);
    for i1 in (u8::MAX - 0o5)..u8::MAX {
        let mut v2 = 11290i16;
        v2 |= 2_6i16;
    }
    for i3 in 4_usize..=0x4usize {
        let mut v4: u32 = 0b1000u32 % ((0o37777777776 & 0x7) + 1u32);
    }
    let v5: i32 = rem_i32(0b1_1_1_1111_1_1_11_11_1_111_11_1111111_i32, 0b11_i32);
    println!("it {v5} out = {v5} k = {v5} d {v5},");
}

fn f2(p0: u8) {
    for i15 in 0x0_usize..=usize::MAX & 0o3_usize {
        let mut w16 = 0u32;
        while w16 < 0b101u32 {
            w16 += 1;
            println!("y{{: {i15}");
        }
    }
    let mut v17: i64 = (8i64 & 0x7fffffff) * (7i64 & 2147483647);
    let mut v17: u16 = 91_u16;
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_i64(a: i64, b: i64) -> i64 {
    if a > 0 {
        if b > 0 {
            if a > i64::MAX / b {
                return a;
            }
        } else if b < i64::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i64::MIN / b {
            return a;
        }
    } else if a != 0 && b < i64::MAX / a {
        return a;
    }
    a * b
}
