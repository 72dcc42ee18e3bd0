fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i8) {
    for i1 in 0o5u64..8u64 {
        let v2: usize;
        if !(41_u8 > u8::MIN) {
            v2 = usize::MAX;
        } else {
            v2 = !((0x20000000 & 0b111111111111111111111111111111111111111111111111111111111111111) + (0x0 & 0x7FFFFFFFFFFFFFFF));
        }
        let v3: u32 = 0x7;
    }
    let mut w4 = 0x0u8;
    let v5: u16 = loop {
        w4 += 1;
        if w4 >= 1 {
            break u16::MIN >> (16383u64 & 15);
        }
        if 9223372036854775807_usize != 9 {
            continue;
        }
        let mut v6: bool = (-0x2 != 0b10) | (p0 > p0);
    };
}

fn main() {
    let mut ck: u64 = 0;
    if 7i16 < -256 {
        let mut v7: i16 = div_i16(((ck == ck) as i16) << ((4usize ^ 0x1ffffffffffffff) & 0b1111), add_u32(0b110110u32, 0o15) as i16);
        let v8: u64 = 0x3ffffff;
    } else if 2u32 == 4 && ck != ck {
        let mut v9 = 0x4f;
    }
    if 0b1001001u16 > 0o4 || 0x0u8 >= 128 {
        let v10: usize = 72;
        println!("step: {} tmp = {} d = {}tmp\\ = {ck}", 8i32 as i32, 6usize, !(0o4i16 <= 0x1 || false));
    } else if 5 >= 0x3 && !(0x473b92c53e2d56d_isize != -9090027217258771247) {
        println!("n {ck}, q = {ck},");
    } else {
        println!("ck");
        ck = mix(ck, ((0x5i16 << (0x8u16 & 0o17)) as u8 > 0x28) as u64);
    }
    println!("r");
    f0(div_i8(0x2c, -0x80));
    ck = mix(ck, (add_isize(9223372036854775807, 8) as i32 / ((0xffff_u16 as i32 - neg_i32(i32::MIN) & 0x7) + 0o1)) as u64);
    let mut v11: i16 = 0x3;
    f0(0o101);
    println!("ck = {}", ck);
}
