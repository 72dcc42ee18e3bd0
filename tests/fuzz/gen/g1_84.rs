fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u8, p1: u16, p2: u8) -> u16 {
    let v1: usize = 0x88bf09d76ebbe3b6;
    if (if (if 0x0_u64 != 9 { 44i16 < 7611i16 } else { true }) { false } else { 0x3FFFF < 718137300 }) {
        if 5i8 < -0x6d {
            println!("lo");
            let v2 = ((if 0o22i32 != 0x7fffffff { -4611686018427387904i64 } else { 0o0 }) & 0x3FFFFFFFFFFFFFFF) - (-1824_i16 as i64 & 4611686018427387903);
            let v3: i64;
            println!("it {:x<X} step = {}", 0x48_u32 | div_u32(0xfff, 0x5E), p0);
            v3 = 0x5;
        } else {
            let v4: u32 = !0o50u8 as u32;
            let v5 = !(if 128i16 <= 33 { false } else { 0b111_111_1_1_11_111_11_11111111_11_11111_1111_11_11_111_1111111_1_1_111111_111111_1isize == -0x80000000000000isize });
        }
        if true {
            let mut p1: usize = 0x0;
            let v6: usize = v1;
        } else {
            let v7: bool = p1 != p1;
            println!("x");
            let v1: u32 = 0o10;
        }
        let v8 = (0 & 0b1111111) + (p0 & 0b1111111);
    } else if 281474976710655u64 >= 0x3BCE4383DBDC0F8Du64 {
        if -0o1000000000000000000000isize >= 0b111111111111111111111111 {
            let v10: u8 = (({ let t9 = 3u64; p0 }) & 0x7f_u8) + (0 & 0b1111111u8);
        } else {
            let mut v11: i16 = 0o110;
            let mut v12 = v11;
        }
        let v14 = p2 % ((({ let t13 = -0b10001111111000111001111001000110010001010111010010100101i64; p0 }) & 0x7) + 0x1);
    }
    if 0b101_u32 <= 1149790509 {
        if (i32::MIN as u8) < p0 {
            let v15 = p2;
            let v17 = if 0x3fi8 as isize == ({ let t16 = 0b1010111u16; -2166859952083168818 }) { (if 0o55 >= 0b100 { -122 } else { -0o22i8 }) | 0x0i32 as i8 } else { !(i8::MIN | -128) };
        }
    }
    ((p1 / ((p1 & 0b1_11) + 0b1)) as u16 | 0o100000) - (p1 >> (mul_u32(0o12436226333, 6) & 0xF) & 32767)
}

fn main() {
    let mut ck: u64 = 0;
    println!("sum");
    let mut w18 = 0o0u8;
    let v19: u16 = loop {
        w18 += 1;
        if w18 >= 0o4 {
            break 0x2f / ((0b0 & 0b111) + 0o1_);
        }
        println!();
    };
    ck = mix(ck, 0x2000000usize as u64);
    let mut v19: u64 = ck;
    ck = mix(ck, f0(6_4, 0b1111111111111110, 0b10) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}
