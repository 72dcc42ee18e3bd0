fn f0(p0: usize) -> u16 {
    if p0 == 0 {
        return 0x3_u16 as u8 as u16;
    }
    let mut v1 = i16::MAX;
    let mut v1: i16 = div_i16(v1, div_i16(v1, 7));
    let v2: i16 = 6_2i64 as i16;
    let v3 = f0(p0 - 1);
    (3726633873u32 | 8192) as u16
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: i16, p1: i32, p2: isize, p3: u16) -> bool {
    println!("tmp {}step: {}, a {}", 1u64 > 9223372036854775808, !(false || 9isize <= p2), p2);
    let mut v4: i8 = ((div_isize(p2, p2) & 4611686018427387903) + (neg_isize(p2) & 4611686018427387903)) as i8;
    !(6usize > 9 && (0x0u8 < 3 && 9usize == 3))
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((-29876i16 & 0o37777) + (3 & 16383) << (add_i8(18, 1) & 15)) as u64);
    let v5: i32 = i32::MIN << (4u16 & 31);
    let v6: u32 = 369178516;
    let mut w7 = 0i32;
    while w7 < 2i32 && 9u16 < 5 {
        w7 += 1;
        let mut v8: u8 = 254;
    }
    for i9 in 0_u32..rem_u32(0_u32, 8) & 3u32 {
        let mut v10 = ck as i32;
    }
    let v5 = isize::MAX as i32 / ((v5 & 7_) + 1i32);
    ck = mix(ck, f0(7) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(4_9, 33554431, 67108863isize, 0u16) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}
