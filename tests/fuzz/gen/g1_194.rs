fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, neg_i16(isize::MAX as i16 % ((2147483647i32 as i16 & 0b111) + 1)) as u64);
    let v9 = 0u32 as u8 ^ 0 << (3i64 & 7);
    let v10: usize = 3;
    print!("q\n");
    ck = mix(ck, f0(8, true, true, 5u64) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(7) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(9, 1_4_07_3748835532_7) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: isize, p1: bool, p2: bool, p3: u64) -> u8 {
    println!("n {} a: {}, x: {}", div_i64(3i64 / ((i64::MIN & 0b111) + 0o1), -16), 8u8, 65534u16 <= (77 | 0o100000) - (6 & 32767_u16));
    let v1: u8 = 0o6;
    println!("res {} step: {}, val,{v1}x {p0}", 0o134i32 as u64, sub_i32(i32::MAX, -473794510));
    v1 >> (div_u64(p3 as u64, add_u64(u64::MAX, 7)) & 7u64)
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: usize) -> bool {
    if p0 == 0 {
        return 0x80000000u32 >= 3171630541 || p0 == p0;
    }
    let mut w2 = 0_i32;
    while 0b11 > w2 {
        w2 += 1;
        if false != (18446744073709551615usize < 8) {
            continue;
        }
        let v3: u8 = sub_u8(34 % ((0o11 & 7) + 0x1), add_u8(0, 3));
    }
    let mut v5 = { let t4 = ((if 0b1011100u64 <= 0b1_1_1111111111_11111_111_11111_1_1_1_1_1_1111_11111111111_1_1_1_1_111_111_11_1_11_1111 { 51u8 } else { 7 }) & 127_) + (3 & 127); (1i16 % ((62 & 0x7) + 1)) as i32 };
    v5 = w2;
    let v6 = f1(p0 - 1);
    (0b111_i64 >> (0o77i8 & 63) >= add_i64(-0b110000110000010001000101101101000111011100111010100110000100001, 0)) == false
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f2(p0: i32, p1: isize) -> usize {
    if p0 == 0 {
        return (13_1072u64 | 0b110) as usize;
    }
    let v7: i32 = 0o7777777777;
    let v8 = f2(p0 - 1, p1 >> (-41i8 & 63));
    0b0
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
