fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0() -> i8 {
    for i1 in i32::MIN..(i32::MIN + 2) {
        let v2: u64 = 80 & 0;
        if 0usize != 18446744_0737095516_15 {
            continue;
        }
        let v3 = neg_i64(-0x1000000000000000) | (7i64 | i64::MAX);
    }
    let mut w4 = 0u16;
    let v5: i32 = loop {
        w4 += 1;
        if w4 >= 3 {
            break (8_ & 1073741823) + (1340174760 & 10_7_3_7418_23);
        }
        if neg_i16(23513) < 62 {
            let mut v6 = 49u8;
        } else if !(64i8 <= 5) {
            let v7 = w4;
        } else if 177u8 & 14u8 < u8::MAX << (1isize & 7isize) {
            let mut v8 = if !(9u64 > 0x8d05ca364d4a8d57) { (47u8 as usize & 4294967295) * (17822034822817921798 >> (1218752773 & 63) & 4_2_94_9672_95) } else { 17423206847367537446 };
            v8 |= 6;
        }
    };
    if (0x40_u8 as i16) < i16::MIN {
        let v9 = sub_u8((!55 | 128) - (18446744073709551615usize as u8 & 127), 3);
        let mut w10 = 0i64;
        while 6 > w10 && (true || w10 >= w10) {
            w10 += 1;
            if false {
                let v11 = 1073741823;
            } else {
                let mut v12: u64 = 6;
                let mut v5: u8 = v9 >> ((17905_i16 & 127) * (16384 & 127) & 7i16);
            }
            if true != (w10 >= w10) {
                if 4_i16 != 8 || 0x4ei64 < w10 {
                    continue;
                }
                if (w10 == 0b101_i64) != (2147483647u32 > 7) {
                    break;
                }
            } else if 2_u16 >= w4 {
                if w4 > 26040 {
                    return v9 as i8;
                }
            } else {
                println!("ck}}");
            }
        }
    }
    (((i8::MIN & 0o7) * (50 & 7) & 63) - (({ let t13 = 1usize; 0x20 }) & 63_) & 6_3i8) - (7 & 63)
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v15 = { let t14 = rem_i64(0xB1CB383EF072F76, 16); t14 >> (-18i8 & 63i8) };
    let v16 = !(-20i16 < 45i16 && ck != ck && 16384i16 <= 80);
    let v17: u64 = 0;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
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
