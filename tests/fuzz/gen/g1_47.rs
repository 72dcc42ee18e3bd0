fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1() -> u8 {
    let mut v4: u16 = 65535;
    v4 = v4;
    v4 = v4;
    let v6: usize = { let t5 = add_usize(9223372036854775807, usize::MAX) as usize; 3 };
    for i7 in -2i8..=-3 {
        v4 = u16::MIN;
        let mut w8 = 0i64;
        let v9: u32 = loop {
            w8 += 1;
            if w8 >= 0o2 {
                break rem_u32(0b100, 99u32);
            }
            if v6 >= v6 {
                continue;
            }
        };
        f0(16 & 15, 3751190971_u32 << (1i8 & 31), (v4 <= v4) & (v4 == v4));
    }
    (f0(0b1000_u8 & 15, 81, 18i16 < -0x55d9i16) >> ((-1427680415 & 32767) * (-2097152i32 & 32767) & 7i32) | 128) - (rem_u8(128, 75u8) & 127)
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f2(p0: bool, p1: i64) -> u8 {
    if 3607979022u32 != !u32::MAX {
        println!("hi{{}}: {p0}, tmp {}y{{ = {}", u64::MAX, false);
    }
    let v10: i8 = (4 & 63) + (102 & 63i8);
    ((28502i16 << (2u64 & 15)) as u8 & 0xF) * ((v10 as u8 | 128u8) - (f1() & 127u8) & 15)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u8, p1: u32, p2: bool) -> u8 {
    if p0 == 0 {
        return p0;
    }
    if !p2 {
        return if p2 || 1usize > 6481093372856951527 { 0 } else { 24 };
    }
    let mut v1: u8 = add_u8(0, 2);
    let mut w2 = 0i32;
    while 8 > w2 && 9_u32 > p1 {
        w2 += 1;
        if p2 && false {
            return if p2 { v1 } else { v1 };
        }
    }
    let v3 = f0(p0 - 1, (u32::MAX | 2147483648) - (p1 & 0x7fffffff), p2);
    mul_u8(add_u8(4 & 221, (6u8 & 127) + (v1 & 127)), (66 | v1) << ((9223372036854775808usize & 4294967295) * (7 & 4294967295_usize) & 7))
}

fn main() {
    let mut ck: u64 = 0;
    let mut w11 = 0_u16;
    let v12: isize = loop {
        w11 += 1;
        if w11 >= 3 {
            break 8560132351959233756_isize & 4;
        }
        ck = mix(ck, !(0u16 / ((46004_u16 & 7) + 1) != mul_u16(w11, 0)) as u64);
        let mut v13: u16 = w11;
    };
    if !true {
        return;
    }
    print!("step = {w11}, res,{}, ", 1073741824i32 ^ 9);
    let v14 = 880544053;
    ck = mix(ck, f0(9, 16777215, false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(false, -9223372036854775807) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}
