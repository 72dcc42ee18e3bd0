fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: bool, p1: u32, p2: u64) -> i32 {
    let mut v1: usize = 8;
    let mut w2 = 0i32;
    let v3: bool = loop {
        w2 += 1;
        if w2 >= 3 {
            break 0x3u8 == 0u8;
        }
        let v1 = v1;
        let v4: bool = p0 || 0usize << (w2 & 63i32) >= (v1 & 9223372036854775807) + (v1 & 9223372036854775807usize);
    };
    w2
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v5 = ((u32::MAX & 0b1111111111111111111111111111111_u32) + (0u32 & 2147483647_u32) & 65535_u32) * (851910987_64_478027_8_9isize as u32 & 65535u32) / ((-2i16 as u32 % (((0b11110u32 | 2087882_142u32) & 7u32) + 1u32) & 7_u32) + 0o1u32);
    v5 = add_u32(v5, 2513953995u32);
    let mut w6 = 0u32;
    loop {
        w6 += 1;
        if w6 >= 1 {
            break;
        }
        let v7 = rem_u32(mul_u32(17742_05339, v5), 33_) as i16;
        ck = mix(ck, ck as u64);
    }
    v5 = 2_u32;
    let v8 = mul_u32(w6 >> (-524288_i32 & 31_), w6 & 2919852704u32);
    let mut w9 = 0i64;
    while w9 < 6i64 {
        w9 += 1;
        ck = mix(ck, ((if true && true { add_i32(-0o1i32, 73i32) } else { f0(true, v5, ck) }) == -(10691588042546104697u64 as i32 | 1i32)) as u64);
    }
    let mut v5 = 62u8 as u16;
    let v10 = 3u64;
    ck = mix(ck, f0(true, 8u32, 0o335040665152270764205) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
