fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0(p0: u8, p1: i16, p2: i64) -> i8 {
    if p0 == 0 {
        return !sub_i8(0o76, 89);
    }
    {
        let v1 = -(-3740400448654966389isize | 1) as u8 as u8;
        let mut p2 = 8usize;
    }
    let p2: u64 = 18_44_6_7440_737095_51614;
    let mut v2: i8 = 6usize as u32 as i8;
    let v3 = f0(p0 - 1, neg_i16(p1), add_i64(9, 2147483648));
    div_i8(v2, 127i8 ^ v2)
}

fn main() {
    let mut ck: u64 = 0;
    let v4: isize = (if ck <= ck { 0isize } else { -1349611999795772683 }) / (((0b1 & 0o377777777777777777777) + (4611686018427387904 & 4611686018427387903isize) & 0b111) + 0x1);
    f0(127u8 & 15u8, 0x0, 0o10 | 4611686018427387904);
    let mut w5 = 0u8;
    loop {
        w5 += 1;
        if w5 >= 1u8 {
            break;
        }
        let mut v6: u64 = add_u64(ck, ck);
        ck = mix(ck, rem_i32(-310228148i32 | 3, if ck < ck { -568030933 } else { 0o20000000 }) as u64);
    }
    if !false {
        let v7: usize = div_usize(9223372036854775808_usize as usize, add_usize(10803766731191322528, 6717391913726704418));
        print!("b,{w5} q = {w5}\n");
        ck = mix(ck, div_i64(-10, 8388608) as u64);
    }
    let v8 = (9223372036854775807 | 9223372036854775808_) - (0 & 9_2_2_337203_6854775_8_07) | 6165417528841016570i64 as usize;
    let v9: u64;
    println!("hi\u{e9},{0} hi {} ck {w5} res {ck:#7x}", (i32::MAX & 1073741823) - (0x7ffffffe << (0x0 & 0b11111) & 0o7777777777));
    ck = mix(ck, 0x2i32 as u64);
    v9 = 8;
    println!("y}} {0:<^b} n: {:'<.6}b = {v4}", if true { add_u8(w5, w5) } else { w5 });
    ck = mix(ck, f0(10, 1, 88) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
