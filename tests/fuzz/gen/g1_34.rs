fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: u32, p1: usize, p2: i32) -> u32 {
    let p0 = p2 as i64;
    let p2: i32 = 1;
    let mut w1 = 0u8;
    while w1 < 4 {
        w1 += 1;
        let mut w2 = 0usize;
        while w2 < 2 && (6u32 <= 9u32 && p2 >= p2) {
            w2 += 1;
            let v3 = (32767 ^ 36) / ((8 & 7) + 1i16);
        }
    }
    if 16384i16 as i32 >= p2 { (3826203808 & 2147483647) + (6u32 & 2147483647) >> (p0 & 31) } else { ((31 & 2147483647) + (0 & 0x7FFFFFFFu32)) % (((2529814736u32 & 0b1111111111111111111111111111111) + (1749075597 & 2147483647u32) & 0o7) + 1) }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v13: isize = (4611686018427387904 & 4611686018427387903) - (-0o2 & 4611686018427387903isize);
    println!("r,{} k {v13},", 63u16);
    if 4i8 < -39 {
        return;
    }
    ck = mix(ck, f0(10, 5, 134217727i32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0, true, 55u64, 91) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1(p0: u64, p1: bool, p2: u64, p3: u8) -> i8 {
    if !p1 {
        print!("z\n");
    } else {
        let v4 = 80u16 as u32 >> ((if true { -0x10i8 } else { 1 }) & 31);
    }
    println!("x");
    let mut w5 = 0b0i32;
    let v6: u8 = loop {
        w5 += 1;
        if w5 >= 1 {
            break 131;
        }
        let v7: i16 = 73 ^ -20111;
        let v8: bool = 0x6usize > 5;
    };
    let mut w9 = 0_i64;
    let v10: i16 = loop {
        w9 += 1;
        if w9 >= 3i64 {
            break sub_i16(i16::MAX, 7i16);
        }
        let v11 = add_i32(w5 & w5, w5 >> (p0 & 31u64));
        let v12 = f0(4 >> (16297663720597782066_usize & 0b11111), 18446744073709551614 ^ 1008048184885193118usize, (v11 & 1073741823) + (5 & 1073741823));
    };
    println!("tmp {} acc {} d = {}z: {},", v6 ^ 46, 9u16, w9, 1i16 >> (0b0u32 & 15_u32));
    p2 as i8 % (((54_i8 | 68) & 7i8) + 1) | -15
}
