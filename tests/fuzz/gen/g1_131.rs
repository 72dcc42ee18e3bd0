fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: i32, p1: i32) {
    println!("a\u{e9} {}, n,{p0}r: {} a: {}", i32::MIN | p1 << (0x2_usize & 31usize), 0o10_i16, rem_i64(-0x11878d680e040c9i64, 15i64) as u8);
    let v1 = i64::MIN / ((0o1i64 & 7) + 0x1_i64);
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    print!("d ");
    if -0o1000000i64 >= 4i64 && true {
        return;
    }
    let mut w2 = 0b0i32;
    let v3: i8 = loop {
        w2 += 1;
        if w2 >= 0x2 {
            break 8i8 ^ i8::MIN;
        }
        for i4 in (u32::MAX - 0o2u32)..u32::MAX {
            f0(0o34_usize as i32, if 0x0usize < 0b1 { 0x6_i32 } else { w2 });
            let mut v5 = ck;
        }
        if (w2 & 0o77777i32) * (w2 & 32767i32) >= w2 {
            if 0o3_2i8 != 0o4i8 {
                continue;
            }
        }
        f0(w2 << (0u32 & 0x1fu32), sub_i32(-0b10100i32, w2));
    };
    ck = mix(ck, ((({ let t6 = isize::MIN; 0x0u8 }) >> ((3_0_7_91_u16 ^ 0x1_u16) & 0x7u16)) * ((sub_u8(0x1, 98u8) & 0b1111111u8) + (7 & 0x7Fu8))) as u64);
    let mut v3: i64 = !(!(i32::MAX == w2)) as i64;
    for i7 in u16::MIN..4 {
        ck = mix(ck, (sub_u8(mul_u8(56u8, 0b11111_1), 15 ^ 3u8) ^ (0x0u8 & 127u8) + (0x1u8 & 0x7f) & rem_u8(u8::MAX, 0b11111110)) as u64);
        ck = mix(ck, (0b11u32 & u32::MIN) as u64);
        for i8 in 0b1i64..0b110 {
            let v9 = 0o10i64;
            v3 <<= (-10_i64 & 4611686018427387903) - (v3 & 4611686018427387903) & 63i64;
            v3 <<= 0b1000i8 & 0x3f;
        }
    }
    f0(0x7fffff, 0x32327f14);
    println!("ck = {}", ck);
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
