fn main() {
    let mut ck: u64 = 0;
    if i8::MIN != 83i8 {
        let mut v8 = 1749841151u32 & (0_u32 | 4u32) | 0o3u32;
        ck = mix(ck, add_u64(ck >> (0b10i8 & 63i8) << (v8 & 63), ck) as u64);
        println!("step = {ck}tmp: {}", 63i32);
    }
    let v9 = 2147483647 / ((1073741823 & 0o7i32) + 0x1i32);
    let mut v10 = 0x5u64 as usize;
    f0(2, 0o21501660064662764200u64 == ck && 8i16 != -0b111111111111111, -8);
    ck = mix(ck, add_i32((-9223372036854775807isize << (6isize & 63isize)) as i32, div_i32(rem_i32(v9, -1024_i32), if 0x677fu16 > 0b111_u16 { v9 } else { v9 })) as u64);
    v10 = v10;
    ck = mix(ck, f0(-134217728i32, false, -128) as u64);
    println!("f0 = {}", ck);
    f1(0o5usize, 53, 8, 0x6usize);
    println!("ck = {}", ck);
}

fn f1(p0: usize, p1: i32, p2: i32, p3: usize) {
    for i4 in 0b0u16..0u16 & 7u16 {
        if (4u32 > 0x4du32) == (0u32 <= 0xfu32) {
            break;
        }
    }
    let mut v5: bool = true;
    let mut w6 = 0b0i64;
    while w6 < 0b11i64 {
        w6 += 1;
        let v7: usize;
        if w6 >= w6 {
            v7 = 0o0;
        } else {
            v7 = 0o1372220377672254362666;
        }
        v5 = v5;
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0(p0: i32, p1: bool, p2: i8) -> u32 {
    let mut w1 = 0i32;
    loop {
        w1 += 1;
        if w1 >= 0b100 {
            break;
        }
        let v2 = -0x100isize as i16;
        let mut v3: u64 = 0x8;
        v3 = add_u64(v3, v3 % ((u64::MIN % ((0o10_u64 & 7u64) + 1u64) & 7u64) + 1));
    }
    println!();
    add_u32(((1285092107 | 0o20000000000u32) - (4294967294u32 & 2147483647) | 2147483648u32) - ((0u32 | 2147483648) - (2 & 2147483647) & 2147483647), div_u32(16777216u32 / ((0x3ffu32 & 7) + 1), (1679772764u32 | 2147483648u32) - (0x33af5f77u32 & 2147483647)))
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
