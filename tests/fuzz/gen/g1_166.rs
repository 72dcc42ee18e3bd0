fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: u8) -> i64 {
    if p0 == 0 {
        return 0o1;
    }
    let mut v7 = true;
    let mut v8 = 0o2usize == 3i32 as usize;
    let v9 = f1(p0 - 1);
    v9
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("r,{:1} ck,{ck:^05},", 0x9_i8 >> (67i8 & 0b111i8));
    ck = mix(ck, (rem_i8(-0x50225032e5f760d4isize as i8, { let t12 = ck; 0x47 }) != (if 1024i16 <= 0o20i16 { -0x8000000000000000i64 as i8 } else { div_i8(-56i8, -4_i8) })) as u64);
    ck = mix(ck, ((true as u32 & 2147483647u32) + (0b111u32 % ((0b110u32 & 0b111u32) + 0x1u32) & 2147483647u32) >> (0b1001001i64 & 31i64)) as u64);
    let mut v13 = 18697i16;
    v13 = add_i16(v13, i16::MAX);
    let v14: u8 = 0o1;
    for i15 in 5u64..0x9u64 {
        let v13 = v13;
    }
    ck = mix(ck, f0(0o4u64, 0o4u32, false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(2u8) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(7, 0b1101010000000000101111110101001111001001000110111000110111100001u64, 0x58) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: u64, p1: u32, p2: bool) -> u64 {
    if p0 == 0 {
        return p0;
    }
    for i1 in 0b0i16..=0o5 & 7i16 {
        let v2: isize;
        let p1 = 0x3FFFFFFF_i32 ^ 7_i32;
        v2 = -0b101111001111100000000001101111000000110000111101111111110100101 | 0o777777777777777777777;
        for i3 in (i64::MAX - 1)..i64::MAX {
            let mut v4 = div_u64(0xb3282d4d837c4be2, 7u64 & 0o425533066446132764013_u64) & (3 & 0x8b64be6aa3a7546d_u64) >> (4usize & 0b111111usize);
            v4 &= (v4 & 0o777777777777777777777u64) + (0x3FFFFusize as u64 & 0x7fffffffffffffffu64);
            if !p2 {
                continue;
            }
        }
    }
    let mut w5 = 0_usize;
    while 0o3usize > w5 {
        w5 += 1;
        let mut p2 = 0x9u8;
    }
    let v6 = f0(p0 - 1, 0xffffffffu32, i8::MIN != 63);
    sub_u64(v6, (v6 | 0b1000000000000000000000000000000000000000000000000000000000000000u64) - (9223372036854775807u64 & 9223372036854775807u64))
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f2(p0: i8, p1: u64, p2: i32) -> bool {
    let v10 = sub_i32(p2, p2);
    if 2903332987256250625i64 != 0x2_00000_000_00i64 {
        f1(0b111111111111111111111111isize as u8 & 0xf);
        let v11 = div_u64(4u64, p1);
    }
    println!("lo = {:16} step,{:+^}, d {p1:+02x}val = {} sum: {},", p0 as i16 as u8, 0x9_i64, 0x9u8, 0xfu16);
    true
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
