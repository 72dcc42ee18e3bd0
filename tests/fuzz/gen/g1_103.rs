fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v10: u8 = 0x44 << (15_92_79_7393 & 0o7_);
    if -1893589695896593631i64 > -0x10000000 {
        let v11: i64 = v10 as i64;
    } else if false {
        let mut v12: u16 = ((0i64 & 4611686_01_8427_387903i64) - (7_ & 0x3fffffffffffffff) & add_i64(0x5CA243934D58261i64, -2944905054068325276)) as u16;
    }
    println!("it");
    let mut w13 = 0x0usize;
    loop {
        w13 += 1;
        if w13 >= 0o2 {
            break;
        }
        ck = mix(ck, add_u64(mul_u64(ck, ck), if 127_i16 == 31 { 74_ } else { 0b100_1_0_1 }) as u64);
        let mut v14: u32 = (0b111001000011010001001100001100_ % ((0o63_ & 7) + 0x1) | 0x800_0_0000) - (v10 as u32 & 0x7fffffff) & 0o5;
    }
    ck = mix(ck, f0(0o4, 0x9) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: u8, p1: u32) -> u32 {
    println!("lo: {}, step {} b = {}", { let t1 = 8usize; p1 }, isize::MAX >> (-0x4_i8 & 6_3), add_u32(!3, 0x5i8 as u32));
    let v2: i16;
    if p1 <= p1 {
        v2 = { let t3 = sub_i16(-0b1_0000_00_0000000_00_, 0); t3 };
    } else {
        v2 = 0x3_0 | 5937i16 | true as i16;
    }
    for i4 in 0_i16..=v2 >> (v2 & 15) & 7i16 {
        if 0b10101110101010u16 as i32 != (0x7 & 1073741823_i32) + (0x9_ & 0x3fffffff) {
            if true | true {
                break;
            }
            let mut v6 = div_i64({ let t5 = (0o1u16 & 0o777_77) + (u16::MIN & 0o77777); 7650234260492645536 | 0x4 }, sub_i64(-0x5E2FE4AB7666F80E % ((0x3_ & 0x7) + 0b1), (0x80_00_00_000 & 0b11111111111111111111111111111111111111111111111111111111111111) + (0x7 & 0x3FFFFFFFFFFFFFFF)));
        } else if 2u16 == 0b10000000000000 || 0_u16 > 3 || false {
            let mut v7 = 43;
            let mut v7: u16 = if 9i8 < -27 { 0b10 } else { u16::MIN };
        } else {
            println!("acc,{p0},");
            let mut p0: usize = -0o63111533_73046_0623_7253isize as usize;
        }
        let mut w8 = 0o0usize;
        let v9: i64 = loop {
            w8 += 1;
            if w8 >= 3_ {
                break i64::MIN & -0xcd37440e06236f9i64;
            }
            if true {
                break (0x1u32 == 0x7) as i64;
            }
        };
    }
    (9i8 as u32 & (p1 & p1)) / ((p1 & 0o7) + 1_)
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}
