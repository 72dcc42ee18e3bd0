fn f0(p0: u8, p1: i16, p2: bool) -> usize {
    println!("sum {p1}, it {} acc: {}", (2isize & 0x3fffffffffffffff) + (-0x88a88d05adc80fa & 0x3fffffffffffffff) <= 0o377777777777777777777 ^ 4766759065881626295, p1);
    let p2 = 0b101101isize;
    div_usize(0x0, usize::MIN)
}

fn main() {
    let mut ck: u64 = 0;
    for i1 in 0x3u8..11 {
        if 6i8 >= -0x7f {
            continue;
        }
    }
    println!();
    let mut w2 = 0o0_u16;
    let v3: i16 = loop {
        w2 += 1;
        if w2 >= 0x3 {
            break 0b100001u32 as i16;
        }
        if 0x7_i16 <= 5i16 {
            continue;
        }
    };
    ck = mix(ck, -(-64i8 | 0x1) as u64);
    print!("b {w2},\n");
    let v4: i32 = -(0x7ffffffe | 1);
    f0(if 26i64 > 0x1 { 1u8 } else { 0x0 }, add_i16(v3, v3), usize::MIN != 0b101 && v4 >= -20);
    let v4 = if 0b111u32 <= 0x53 { ck << (sub_u8(0x1, 0b111) & 63) } else { add_u64(ck, 0o47) >> ((0xbi64 | -4) & 63) };
    ck = mix(ck, f0(0x9, 7577, true) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}
