fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: isize, p1: usize, p2: bool) -> usize {
    let mut v1 = sub_u16(add_u16((4_u8 < 0b10110) as u16, if p2 { 5 } else { 1406u16 }), (0x7isize as u16 | 0o100000) - (sub_u16(u16::MIN, 16585) & 0o777_77));
    let v2: u8;
    if sub_i16(25045, i16::MIN) <= -(0o57 | 0o1) {
        v1 += rem_u16(v1, v1);
        let mut p1: usize = p1;
        v2 = 0x3;
    } else if mul_i16(0b111i16, -32768) <= 0o77 | 4095 {
        v1 &= u16::MAX;
        v2 = div_u8(0b1110100, 7);
    } else {
        v2 = 0xDu8 as u8 as u8;
        v1 = (v1 | 0x8000u16) - (v1 & 32767u16);
    }
    rem_usize(0b1usize, p1) ^ p1 >> (0x9i16 as u64 & 63)
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (if 5i64 == 4_0_i64 { 0x4000000000000i64 as i32 } else { neg_i32(-0x1_00_000_00) }) as u64);
    let mut w3 = 0x0u16;
    while w3 < 1 && (false || 8 != 0x34_) {
        w3 += 1;
        let v4 = 63 >> (0_i8 & 0x3fi8) ^ add_u64(0, ck);
        ck = mix(ck, -0x3Ai8 as u64);
    }
    if (u64::MAX >= ck) == true {
        ck = mix(ck, (0x1075851b8e3c410fisize & 0x3FFFFFFFFFFFFFFF_isize) as u64);
        ck = mix(ck, w3 as u64);
        ck = mix(ck, 0x19655529i32 as u64);
    } else {
        let v5 = 72isize > 0b1;
        println!("n{{,{}", (i32::MAX >> (2i16 & 0x1f)) % ((0x1 & 0o7) + 0o1));
    }
    ck = mix(ck, ((w3 as u32 | 2147483648) - (1u32 << (usize::MAX & 0b11111_usize) & 2147483647u32)) as u64);
    ck = mix(ck, (ck / ((ck & 0o7u64) + 0o1)) as u64);
    ck = mix(ck, f0(3, 7, true) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
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
