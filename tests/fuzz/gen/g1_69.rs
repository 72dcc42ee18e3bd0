fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0() {
    let v1 = rem_usize(0x9, 0) >> (65535_u16 / ((0xD84F & 7) + 1) & 63);
    println!("hi\' = {:x}, y: {}x,{:X}y,{v1}q,{:+}", 37i64 as u64 % ((4 & 7u64 & 0o7) + 0x1), -0o73466i16, (1i8 <= 8_ || 0b100000000000i64 > 0b1) as i32, 0x10u32);
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
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
    ck = mix(ck, ((((71i64 & 46_11_6_860_1_84_2_73879_03) - (128 & 4611686018427387903)) as i32 & 0x7fff) * (2147483647_i32 as i32 / ((2 & 7) + 0o1) & 32767i32)) as u64);
    ck = mix(ck, (100_i64 / ((neg_i64((7_4_i64 & 2147483647) * (92233_72_0_36854_775807 & 0b1111111111111111111111111111111)) & 7_) + 0o1)) as u64);
    print!("b: {ck}x: {:>16X}, lo,{ck:<x}, tmp: {:3x} step = {:.5x} ", ck, mul_isize((0isize & 4611686018427387903) + (18_3_7660_6_3264_0_02751_8_ & 4611686018427387903_), -0b10_00000000_0_0_000_0_000_00000_00_000_0000_0_0_000000_0), 128u64);
    let mut w2 = 0i64;
    loop {
        w2 += 1;
        if w2 >= 8 {
            break;
        }
        ck = mix(ck, (0b1u16 % ((2i16 as u16 & 0o7) + 1)) as u64);
        ck = mix(ck, ((-214_74_83648i32 & 0b11_1_1111111_11_1111111_1_1_11_1_11_11_11) - (9 & 1073741823) ^ 0b1_001 & 0o5_612_5_32044) as u64);
    }
    ck = mix(ck, (({ let t3 = 214_u8; ck }) ^ div_u64(ck, ck)) as u64);
    println!("it");
    let mut w4 = 0usize;
    loop {
        w4 += 1;
        if w4 >= 4 {
            break;
        }
        if -0x80_i8 < 63 {
            continue;
        }
        println!("acc = {ck:04}, out,{:#1} a {:+}tmp = {w4:+02.2x} sum\u{e9}: {w2:X},", i8::MIN / (((0x1i8 & 7) * (0x8 & 7) & 0o7i8) + 0b1), 8u8 > 0);
    }
    let mut w5 = 0o0i32;
    while w5 < 3 {
        w5 += 1;
        let mut v6 = ck;
        ck = mix(ck, ((sub_isize(0x2_, 6) & 0x3fffffffffffffff) - (0o1_0 & 4611686018427387903)) as u64);
    }
    f0();
    println!("ck = {}", ck);
}

fn mul_isize(a: isize, b: isize) -> isize {
    if a > 0 {
        if b > 0 {
            if a > isize::MAX / b {
                return a;
            }
        } else if b < isize::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < isize::MIN / b {
            return a;
        }
    } else if a != 0 && b < isize::MAX / a {
        return a;
    }
    a * b
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}
