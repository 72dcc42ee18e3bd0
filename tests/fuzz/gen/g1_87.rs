fn f1(p0: usize) -> u16 {
    for i6 in 0x0isize..0x2_ << (isize::MIN & 0b111111) & 0b11 {
        println!("lo,{i6} it {}acc = {p0},", if true { 0o4_i16 } else { -1399 });
        let mut w7 = 0b0usize;
        while w7 < 0x4usize && (5_u32 > 4 && 0x7i64 > 0x8) {
            w7 += 1;
            if 0o3u8 != 41 || true {
                break;
            }
        }
    }
    let mut w8 = 0x0_u8;
    let v9: i8 = loop {
        w8 += 1;
        if w8 >= 0o10 {
            break 0x4_0i8 / ((0b11111_i8 & 0x7) + 0x1);
        }
        let mut w10 = 0b0_u16;
        while w10 < 0o1 {
            w10 += 1;
            let v11: bool = 0b110101 != 2047 && 0b10i8 < -0b11_0;
        }
        if 15i8 != -0x2ci8 {
            println!("q,{}, tmp{{ {}", (0o1i8 >> (922_337_2036_8_547758_0_6isize & 7)) % ((0 & 0o7) + 0x1i8), p0);
            let mut p0: u8 = w8;
        } else {
            let v12 = 0b101_i8 == 0x5i8 && true;
            let v13: u32 = 0b110;
            println!("b = {} ck {}step,{} step {},", u64::MAX, 0x7u64, (sub_u32(v13, v13) & 0o177777) * (v12 as u32 & 0b1111111111111111_), w8);
        }
        let p0: u32 = ((8u32 & 0x7FFFFFFF) + (1_ & 2147483647u32) & 0b111111111111111 & 0b1111111111111111) * (0b11000001100100100001101110110110 & 0xFFFF);
    };
    p0 as u16
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("k\" {}", mul_usize(16654953501728135899usize, 3_) << (0b111i16 / ((-0o20_ & 7i16) + 0o1) & 6_3_));
    let mut v14: u8 = u8::MIN;
    let mut w15 = 0o0_u32;
    while w15 < 0x3u32 && v14 == v14 {
        w15 += 1;
        let v16 = add_i16(!0b10, -0b100100000001001101011101100101001001101011100101000010010001001i64 as i16);
        v14 &= v14;
    }
    ck = mix(ck, 16383u16 as u64);
    let v17 = w15;
    ck = mix(ck, f0(0b10_0, 0o10i64) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x2_usize) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: usize, p1: i64) -> u64 {
    let v1: i32;
    if 0x3fffffffffffffff_isize >= 0x3_isize {
        v1 = false as i32 & (4i32 | 0x8);
    } else {
        v1 = !44377514;
    }
    if 0x9isize != 5 {
        return 4;
    }
    let mut w2 = 0_usize;
    let v3: i64 = loop {
        w2 += 1;
        if w2 >= 0x3usize {
            break p1;
        }
        for i4 in i64::MIN..(i64::MIN + 0o5i64) {
            if -0b1101isize > -3924605103404126830 {
                continue;
            }
            if false && p1 >= i4 {
                break;
            }
            println!("z {{ok}} {} lo{{}},{}", 0_isize != isize::MAX, 0b101);
        }
    };
    let v5: u8 = 0x1;
    (0o0u64 & 9223372036854775807u64) + (((if 526193127u32 >= 24 { 16651357193941595995 } else { 0o1_ }) & 9223372036854775807) + (sub_u64(u64::MAX, 0b100) & 0x7fffffffffffffffu64) & 0x7FFFFFFFFFFFFFFF_)
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}
