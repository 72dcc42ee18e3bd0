fn f1(p0: u8, p1: bool, p2: i8) -> usize {
    if (18446744073709551615_u64 < 3763310766274377012) == (0usize <= 5783516610378696559) {
        let mut v3: u8 = { let t2 = add_i16(-18, 2048); p0 };
    }
    let mut w4 = 0o0u8;
    let v5: i8 = loop {
        w4 += 1;
        if w4 >= 4 {
            break 1152921504606846975i64 as i8;
        }
        if p1 {
            let v6: u64 = ((0 & 42_9496_7_295) * (9223372036854775807 & 4294967295) & 4294967295) * (7 & 4294967295);
        }
        let v7: u16 = 24629;
    };
    let v8 = (0_ & 9i16) % ((i64::MAX as i16 & 7) + 1) >> (41usize & 15);
    let v9: u64 = 5966737328066269912;
    add_usize(usize::MIN | 180_1_439_85_094_8_1_983usize as usize, (87usize << (7u16 & 63)) as usize)
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f3(p0: usize, p1: usize) -> i16 {
    let mut v11: bool = false && 34u32 >= u32::MIN && 6u32 != 0 && !(7i8 != 0x5f);
    let v12: u8;
    if false {
        v12 = sub_u8(0x0_ | 22, 0);
    } else {
        v12 = if v11 { u8::MAX } else { sub_u8(31, 111) };
    }
    v11 |= v11;
    for i13 in -1..0x3isize {
        f2(v12 & v12, (v12 & 127) + (v12 & 0b1111111), if v11 { 9 } else { i13 });
    }
    sub_i16(-9396, 0x28 | 100) ^ 63 >> (0u64 & 15_u64) & -31665 >> (1024i16 & 15)
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
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

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: u64, p1: i8) -> i32 {
    if p0 == 0 {
        return div_i32(rem_i32(8, 83), 34 / ((7 & 7) + 1));
    }
    let p1 = p1;
    let v1 = f0(p0 - 1, sub_i8(p1, p1));
    v1
}

fn main() {
    let mut ck: u64 = 0;
    let v14 = -((3 & 1073741823i32) - (0x100000 % ((0b10 & 7i32) + 0x1i32) & 1073741823) | 1);
    if 1816014715u32 == 0x0 {
        return;
    }
    for i15 in 2..5_u32 {
        let v16: i64 = 7i64;
    }
    ck = mix(ck, f0(12, 35) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x29_u8, true, 4) as u64);
    println!("f1 = {}", ck);
    f2(127_, 0, -3473793596758606905);
    ck = mix(ck, f3(4, 10718746487839019686) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn f2(p0: u8, p1: u8, p2: isize) {
    let mut v10: i64 = 0;
    v10 ^= (7u16 << (2 & 15)) as i64;
}
