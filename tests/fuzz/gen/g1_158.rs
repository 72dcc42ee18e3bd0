fn main() {
    let mut ck: u64 = 0;
    let mut v9: u32 = 512;
    let mut w10 = 0b0_i32;
    let v11: i32 = loop {
        w10 += 1;
        if w10 >= 0x1 {
            break if 0x6usize == 0x0 { w10 } else { w10 };
        }
        println!();
    };
    let mut w12 = 0b0u32;
    loop {
        w12 += 1;
        if w12 >= 0x3 {
            break;
        }
        v9 = add_u32(v9, v9);
    }
    let mut w13 = 0u16;
    let v14: i32 = loop {
        w13 += 1;
        if w13 >= 4u16 {
            break if 3_usize == 0b110000 { w10 } else { v11 };
        }
        println!("q {{ok}}: {:16x} ck,{} it: {:#X}, x: {},", ck, v9, (0xa71bfd4_8366_e40aa_usize | 0x8000000000000000) - (6usize & 0x7fffffffffffffff), (w10 & 0b1_1_1111_1111_1111_11111_111_11111_1_11) + (v11 & 0x3fffffffi32));
        v9 = add_u32(v9, ({ let t15 = 0x64isize; 0 }) / ((0o2 & 7) + 1));
    };
    ck = mix(ck, f0(0o10, 1710768004248361813, 8_9, 7) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: u8, p1: usize, p2: u64, p3: u64) -> i32 {
    {
        let mut v1: u64;
        let mut p2 = if 3_i16 < 0x0i16 { i32::MAX } else { 0x4i32 };
        v1 = 1_8446744_073_7_0_9551615 % ((9_u64 & 0o7u64) + 0x1);
        p2 <<= u32::MAX & 0x1f;
        let v2 = 0x394948B9_u32;
    }
    if 0u32 <= u32::MIN {
        let c3 = 9i32;
        let c4 = c3 * c3;
        let c5 = c4 & 0x0_;
        let c6 = c4 + c3;
    }
    let v7 = ((0x9 & 0b1111111111111111111111111111111u32) + (u32::MAX & 0o17777777777) | 0x80000000_) - ((if false { 0b10101010101110010011001000111011 } else { 3 }) & 0x7FFFFFFF);
    let v8: isize = if 59i64 > 0x7i64 { 0x720D678A46A41BB2 } else { -0o400_0_00000_000000000 };
    rem_i32((0xC & 0b111111_1_11_1111_1_1_11111111_11_1_11_11) + ((0x2a25764a & 1073741823i32) - (0b11_0001_1 & 0x3ffff_f_ff_i32) & 10_73741823i32), -(sub_i32(0x2_i32, 26) | 0b1))
}
