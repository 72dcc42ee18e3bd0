fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i32, p1: i64) -> u16 {
    if p0 == 0 {
        return (5 & 0xe28eu16 | 0b1000000000000000) - (0b111_u16 & 32767);
    }
    let v2: bool = div_isize(4 >> (0b11111111i16 & 63), { let t1 = 0x0u8; 0x3_1_c_9_06352_de5e9e }) < !add_isize(0x7, 0o242150753174126617030);
    let v3 = f0(p0 - 1, if v2 { p1 } else { p1 });
    0x3de92933u32 as u16
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
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

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1() -> isize {
    let v4: isize = 0x5e;
    for i5 in i32::MIN..=(i32::MIN + 0o3) {
        let mut w6 = 0x0usize;
        let v7: i16 = loop {
            w6 += 1;
            if w6 >= 0b1 {
                break add_i16(-8676, 0b11000000000001);
            }
            let v4 = 1073741823;
            let mut v8 = sub_usize(0b10011111000011001011010100001100011011111111100001111100110000, if false { w6 } else { w6 }) & w6;
        };
    }
    let v9: i8 = rem_i8(31usize as i8, div_i8(0b101, 0b1010011));
    v4
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w10 = 0_i32;
    while w10 < 0x4 {
        w10 += 1;
        println!("res");
        let mut ck: u16 = 0x1f_u16;
    }
    for i11 in 0x0i64..-0x40000000000 % ((0o1 & 7) + 1) & 7 {
        let v12: bool = 0x7_i16 == -0xb && 2u32 <= 0o1u32;
        if -9223372036854775808isize >= 0x9 {
            continue;
        }
    }
    println!("d {},", div_usize(0o1623755476142052220222, 0xfffffusize & 0b1000000000000000000000000000000000000000000000000000000000000000));
    ck = mix(ck, f0(0o7, -19) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
