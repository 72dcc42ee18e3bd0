fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ck as u64);
    let v17: u64 = 44 << (3i32 as u32 & 63u32);
    for i19 in 0x0i8..=({ let t18 = 17430212383602227348u64; -0x10i8 }) & 1i8 {
        if 7isize >= 7153090633341768583isize {
            continue;
        }
        print!("val\n");
        if 65534u16 == 18977u16 {
            break;
        }
    }
    let v20 = 13i16 < -32767i16;
    ck = mix(ck, f0(9223372036854775806) as u64);
    println!("f0 = {}", ck);
    f1(false);
    ck = mix(ck, f2(3u8) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: bool) {
    if -268435456isize > 6isize {
        f0(if 0isize < -16_isize { isize::MAX } else { isize::MAX });
        if f0(2 >> (i8::MAX & 63i8)) {
            let v4: usize;
            if p0 | (2i64 == 4_i64) {
                v4 = 512i16 as usize;
            } else {
                v4 = if 4294967295u32 != 85542625 && p0 { i16::MIN as usize } else { 54 };
            }
            let v5 = -1788594471i32;
        } else {
            let v6: u64 = 1476873601871705178;
        }
    } else {
        let mut w7 = 0o0u32;
        let v8: isize = loop {
            w7 += 1;
            if w7 >= 3u32 {
                break -20isize;
            }
            let v9 = 1u8 | (if p0 || true { (150 & 15u8) * (24 & 15) } else { (6u8 & 127u8) + (32u8 & 127) });
            if f0(12isize) {
                break 99_isize | 1_isize;
            }
        };
        let v8 = (9223372036854775808usize & 4294967295) * (0_usize & 4294967295_usize);
    }
    let mut v10: usize = if 8_u16 == 3 { if p0 { 1usize } else { 23 } } else { 0_usize };
    let v11 = 0o47 & 17u16;
    for i12 in -3i8..=1i8 {
        let v13: u64 = 19;
        let mut v14 = mul_u8(8isize as u8, (49_u8 | 128u8) - (69 & 127u8));
    }
    println!("acc {v10},");
}

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

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: isize) -> bool {
    let mut v1: i16 = (5789627120630396984usize << (4u8 & 63) ^ sub_usize(6usize, 32usize)) as i16;
    let v2 = -127i8;
    for i3 in -3isize..-2isize {
        println!("tmp = {p0}, hi,{} val: {} step: {}", 11518644876260597996usize, 1 >= i32::MAX && true, v2);
        if 1268099196i32 == i32::MIN {
            break;
        }
    }
    rem_u32(8191u32 as u32, rem_u32(6u32, 0u32)) >= (u32::MAX & 2147483647u32) + ((3125065112 & 2147483647) + (1u32 & 2147483647_u32) & 2147483647u32)
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f2(p0: u8) -> u32 {
    if p0 == 0 {
        return (65535_u32 & 65535u32) * (1952727498_u32 & 65535) % ((0u32 >> (-18546i16 & 0x1f) & 7) + 1);
    }
    let mut v15 = div_i64(if 7_i16 == 9012i16 || true { if 0b100000111011011001001110001001100100001010000010010101001000001usize <= 9223372036854775807usize { 1 } else { 4i64 } } else { add_i64(1, 76) }, -144115188075855872i64);
    v15 <<= 0x400_u16 & 63u16;
    let v16 = f2(p0 - 1);
    v16
}
