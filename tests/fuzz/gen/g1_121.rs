fn f0() -> i64 {
    let v1 = if 0x8i32 >= 0x2662714f { neg_i32(i32::MAX) } else { 0xa >> (2u16 & 31) };
    let mut w2 = 0_u8;
    while 0b110_u8 > w2 && (23i8 < -0o200i8) == (0b1000011u32 >= 0x3f) {
        w2 += 1;
        let v3 = !v1;
        let v4 = 0xf << (0o43u32 & 63) | 0x634EAF718239C86E & 6u64;
        if w2 >= w2 {
            break;
        }
        let v1 = 0x3isize > -0x7FFFFFFFFFFFFFFF;
    }
    for i5 in u16::MIN..2_u16 {
        if true {
            if ({ let t6 = 1185925786u32; 0b111111111111111111111111111111111111111111111111111111111111111u64 }) <= 8i32 as u64 {
                if !(0u64 >= 0o7) {
                    break;
                }
            } else {
                let v7 = true as u64;
                let mut v7: u8 = w2;
                let v8 = (if 0xB3DB12CE030397BA_usize < 13579117870002592111 { 0o6usize } else { usize::MAX }) + sub_usize(2usize, 0b10100000010010011011011011000100011001100011010001110101111011_usize);
            }
            println!("ck,{0}, ck = {i5}", -0x8000i32);
        }
        let mut v9 = 0b10i16;
        let mut w10 = 0x0i64;
        let v11: i64 = loop {
            w10 += 1;
            if w10 >= 0x4 {
                break if 65_isize != 0x5 { 0b111 } else { w10 };
            }
            let mut v1 = v1;
            let v13: isize = { let t12 = 0b1111100111010111110111001010101111100010011010100100100011100111u64 as i16; rem_isize(55i8 as isize, sub_isize(0o2, 0x1)) };
            let mut v14 = w10;
        };
    }
    let v15 = 0b1110i64;
    (v15 & 4611686018427387903) + (v15 & 4611686018427387903)
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let v16: bool = 8i16 >= i16::MIN;
    {
        let ck: i32 = sub_i16(0x8, 0b1000010) as i32;
    }
    let v17: u64 = (3 & 0x7fffffffffffffff) + (137438953472 & 9223372036854775807);
    ck = mix(ck, false as u64);
    let v18: u32 = 0x7FFFFFFF;
    ck = mix(ck, (31i8 < 0o176i8) as u64);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
