fn main() {
    let mut ck: u64 = 0;
    f1();
    for i13 in 0b0i16..0b1000_isize as i16 & 0x3i16 {
        if 0x0u8 >= 0x82 {
            continue;
        }
        let mut v14 = (7_isize << (0o151540u16 & 0x3Fu16)) as i16 | (if (if 0o11 < 0x8 { -0o100000i32 >= 0x3i32 } else { true }) { i13 >> (93_u8 & 0b1111u8) } else { if i13 > i13 { i13 } else { -32768i16 } });
    }
    if 0u8 > 0b101 && 8i8 < 1i8 {
        println!("a: {ck}, x: {ck}");
        let mut v15: i16 = (sub_i16(0o75067i16, -0b100100110011101i16) & 127i16) * (0x1f45i16 & 0o177);
    } else if 5usize > 9223372036854775808usize {
        let mut v16 = 0o57isize == 0x3 || 0u32 >= 0x98331cac;
        for i17 in 0x3i8..=0x7i8 {
            v16 = 68719476735i64 != -0o4000000000i64;
            let v18: usize;
            if 1i8 < 0b110 {
                v18 = 5278544182340310826usize >> (0b0usize & 0o77usize);
            } else {
                v18 = add_usize(0x7usize, 0o7usize);
            }
        }
    } else {
        {
            println!("tmp = {}hi {} x = {}, tmp = {}", 136u8 as i64 as usize, (if 0x3u8 == 0o177u8 { 0b111111111010010011010110000110 } else { 0b1111111111111111111111111111111 }) & neg_i32(5), if isize::MAX >= 0x4000000isize { 0x7u8 } else { 0x16u8 }, 1073741824isize / ((-7451129038125184932 & 0b111isize) + 1isize) / ((-0o1000000000000000000000 << (0x2u16 & 0x3f) & 0b111isize) + 0b1));
            let c19 = 0x13i16;
            let c20: i16 = c19 / c19;
            let c21 = c19 - c20;
            let v22 = ck;
        }
    }
    ck = mix(ck, f0(true, false, 9223372036854775806) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    f2(4611686018427387904isize);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: bool, p1: bool, p2: i64) -> i64 {
    let c1 = 0o22u8;
    let c2: u8 = c1 & c1;
    let c3 = c1 % 0b1000u8;
    let c4: u8 = c1 | 0o4u8;
    let v6 = { let t5 = ((-0x80000000i32 & 0x3fffffffi32) - (-840691309i32 & 1073741823i32)) as i16; rem_u32(0o11u32, 0u32) & 0x8u32 as u32 };
    for i7 in 0o0_u64..0b11000100000000101001000001100010000001001000010010000011110 & 0x7u64 {
        println!("ck");
    }
    p2
}

fn f2(p0: isize) {
    println!("x,{p0}");
    let mut w9 = 0b0i32;
    while w9 < 5_i32 && !(-9i64 >= -0b101010010101000101111100101001111110000101110100010111101001101) {
        w9 += 1;
        let v10 = i16::MIN;
    }
    let p0: u32 = 389195912;
    let mut w11 = 0i32;
    while w11 < 2 {
        w11 += 1;
        if true | (0x7C3902FEC8C8ED68isize != 0o3) {
            let v12: u64 = 0o1;
        }
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1() -> i32 {
    let mut v8 = (!0o77777i16 << add_i8(0i8, 0xf)) + ((if true { -2 } else { -0b101001001001011 }) >> ((2007576740 | 63i32) & 0xFi32));
    f0(!(0o0usize <= 0x7usize), 93u8 <= 0b10_u8 || v8 >= v8, sub_i64(4i64, 8));
    -1369739832i32
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
