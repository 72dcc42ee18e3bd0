fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0(p0: u8, p1: bool, p2: bool, p3: usize) -> i16 {
    if p0 == 0 {
        return (0b1_i32 / ((0x7i32 & 7) + 1)) as i16;
    }
    let mut w1 = 0usize;
    while w1 < 4 {
        w1 += 1;
        if p1 {
            for i2 in 0x0..2u64 {
                let mut v3: isize = sub_isize(div_isize(6306768473610544924isize, 0x19) % ((3_isize >> (0x0u16 & 63) & 7_isize) + 0x1), neg_isize(0b11isize));
            }
        }
        let mut v4 = p2;
    }
    if (p1 && false) != p1 {
        for i5 in 0i16..(-0o400i16 & 0x3_F_FF) - (i16::MIN & 0x3FFF) & 0o3i16 {
            let v6 = div_u8(!0, 7) * (((0x22u8 & 127) + (64 & 127u8)) / (((if true { 201_u8 } else { 0x5 }) & 0o7) + 0o1));
        }
        let v7: i16 = 0o6;
        let v8 = (2 << (0u32 & 7u32) << add_i16(v7, v7)) - ((0b0 & 0x7f) + (u8::MIN & 0o177) & 15) * (p3 as u8 & 0b1111);
    }
    if (9u16 < 0x9822) != p1 {
        let mut v9: u32 = 978466235;
        let v10: u64 = 18446744073709551614u64;
    }
    let v11 = f0(p0 - 1, p1 && p2, 7_u64 != 0o1 && -1635_i16 < -32767, w1 << (0o3isize & 0x3f));
    neg_i16(0b1111111111111 / v11 - 4)
}

fn f1(p0: u8, p1: isize, p2: i32) {
    let mut v12 = rem_usize(0o520317202126446520466, 0b11usize) as u8;
    v12 = 0xfe;
    println!("ck: {}n\t {}", p1, ({ let t13 = 0x4_1i16; i32::MIN }) as isize);
    v12 = 0x4e;
    v12 &= 10;
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ck as u64);
    println!("val");
    let mut v14 = if 0b100011_u8 < 0x1_1 { sub_i32(1_6, 0o10) } else { i32::MIN >> (0xffffffffi64 & 0x1f) };
    let v14: i32 = 0x2b;
    ck = mix(ck, f0(0o2u8, true, true, 0o141) as u64);
    println!("f0 = {}", ck);
    f1(16, -8559904512623935139, 0o11);
    println!("ck = {}", ck);
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
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
