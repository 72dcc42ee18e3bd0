fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
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
    ck = mix(ck, 0x0_i64 as u64);
    println!("tmp = {ck}");
    ck = mix(ck, (0o6usize >> (4u32 & 0o77u32) << (0o4_usize / ((9 & 7usize) + 0b1usize) & 0b111111usize)) as u64);
    let mut w10 = 0x0_usize;
    loop {
        w10 += 1;
        if w10 >= 0x2usize {
            break;
        }
        ck = mix(ck, f0(ck >> (i32::MAX & 63), 4u64, 0x6) as u64);
    }
    ck = mix(ck, !(0x3fi64 >= 0x9) as u64);
    println!("z,{} hi = {w10} val: {ck}", 8i16 > 0o4);
    ck = mix(ck, f0(8u64, 0x810A9F0D75699D51, 0x0i64) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u64, p1: u64, p2: i64) -> i32 {
    let mut w1 = 0o0u32;
    while w1 < 0x3 && (false || u8::MIN == 0x0u8) {
        w1 += 1;
        let v2 = usize::MIN & 937036074030273494_usize;
    }
    if 5u8 != 0x50 || true {
        let mut v3 = 0x8i64 >> p2 + -9223372036854775807i64;
        v3 /= (sub_i64(v3, p2) & 7i64) + 1;
    } else {
        let v4: bool = false;
        if !false {
            return add_i32(-0b1000000000000000000000000i32, 0x4i32);
        }
        print!("hi}} {} ", rem_i8({ let t5 = 254u8; 0o130 }, 67_i8 >> (0o1usize & 7usize)));
    }
    (mul_i32(0x8i32, 8i32) << (0x9i32 as isize & 0b11111)) / ((({ let t6 = p0; 0x3isize }) as i32 & 0x7i32) + 0b1i32)
}

fn f1() -> usize {
    let mut w7 = 0u8;
    while 6u8 > w7 && !(8i64 < 0x1i64) {
        w7 += 1;
        if w7 <= u8::MAX && false {
            continue;
        }
    }
    let mut v8 = 0x9isize;
    v8 <<= 0x22i16 & 63i16;
    for i9 in 5u8..13 {
        let v8 = u64::MAX;
        let mut v8 = (2u32 & 0xffffu32) * (0o1u32 & 0o177777);
    }
    (sub_usize((0o100usize | 0b1000000000000000000000000000000000000000000000000000000000000000) - (17521920868592528188 & 0b111111111111111111111111111111111111111111111111111111111111111usize), 5) & 0o777777777777777777777usize) + (((2usize & 0xffffffff) * (11531581824155182279usize & 4294967295usize) & 0x7fffffffffffffffusize) + ((0x0usize | 9223372036854775808_usize) - (0usize & 9223372036854775807usize) & 0x7FFFFFFFFFFFFFFFusize) & 9223372036854775807usize)
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}
