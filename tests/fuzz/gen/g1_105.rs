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

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    {
        let mut v3: bool = i64::MIN == (49 / ((14 & 7) + 1i64) & 0o17777777777) * (i16::MAX as i64 & 0b1111111111111111111111111111111);
        let mut v3: u32 = 722773868;
    }
    let mut w4 = 0x0i32;
    loop {
        w4 += 1;
        if w4 >= 5 {
            break;
        }
        ck = mix(ck, ((i32::MAX >> (i8::MIN & 31i8)) / ((w4 & 7i32) + 0o1)) as u64);
    }
    ck = mix(ck, rem_u32(mul_u32(3925981921u32, 1), (29408_666_87 & 0x7fffffff) + (1 & 2147483647)) as u64);
    let mut w5 = 0x0u8;
    while w5 < 8 {
        w5 += 1;
        let v6: usize = add_usize(0usize, 5551570815741140790usize) << ((0u16 & 32767) + (100_u16 & 32767) & 63);
        ck = mix(ck, add_i64(-2i64, -2048) as u64);
        println!("r}} = {:#?}it,{:1<5b},", 8i16, add_u16(div_u16(31_, 1), { let t7 = w4; 0b1110111001111001 }));
    }
    ck = mix(ck, f0(1u8) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u8) -> i32 {
    println!("it {p0:09x} hi,{:#.4o} a {:^o}", sub_i32(28 ^ -233167325, 0o7777777777 << (98i8 & 31)), p0);
    for i1 in i16::MIN..(i16::MIN + 2) {
        let mut v2: bool = 41u32 != 2 && !(18446744073709551614u64 < 0u64);
        println!("step: {} d = {p0}, val: {:>03?}", mul_isize(3__isize, 0x6) > rem_isize(35, 0b1000101), 2477260341u32 != 548871410u32);
    }
    println!("sum: {p0:2}r {p0}");
    println!("step,{}, out: {}lo = {} d: {:00.0x} b,{:6.5?}", 65534u16, 0o5721627363_, 0b11i8 >> (p0 & 0x7), (0x9u64 & 0b111111111111111111111111111111111111111111111111111111111111111) + (sub_u64(9, 8) & 9223372036854775807), 0o64i64 ^ 2i64 | (4 | 0b1111011110100111100011101010111111011000111100011111011111000));
    -1584402007
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
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

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn mul_isize(a: isize, b: isize) -> isize {
    if a > 0 {
        if b > 0 {
            if a > isize::MAX / b {
                return a;
            }
        } else if b < isize::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < isize::MIN / b {
            return a;
        }
    } else if a != 0 && b < isize::MAX / a {
        return a;
    }
    a * b
}
