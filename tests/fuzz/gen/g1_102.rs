fn f2(p0: u8, p1: u64, p2: u64) -> bool {
    let mut w6 = 0u16;
    while w6 < 0x2 && 2u32 == 0 {
        w6 += 1;
        let mut v7 = div_u64(p2, 15875179293418140919_u64);
        let v8 = 13098659580967520805u64;
    }
    println!();
    if !(i64::MAX > i64::MAX) || (0b11010100110101u16 != w6 || 0b1011000i16 != 61) {
        let mut v9 = 0x8u32;
    } else {
        f0(({ let t10 = 2i64; 0b10usize }) & 15usize);
        println!("b\\");
    }
    let mut w11 = 0i64;
    let v12: i32 = loop {
        w11 += 1;
        if w11 >= 5 {
            break 0x3i32;
        }
        println!("z,{}, lo é = {}", 2_isize as i16 >= 4 % ((4 & 7i16) + 1), 1964866792);
    };
    9u8 == 0
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i13 in 0b10..=7u32 {
        let mut v14: u32 = sub_u32((4294967294 & 2147483647) + (5 & 2147483647_u32), ((u32::MAX | i13) & 65535) * (0b1010010111100100000010011111100 & 65535));
        ck = mix(ck, (0usize % ((15738753617857328413 & 7) + 1)) as u64);
        println!("it{{}}: {}q {i13}it}} {}, z = {}", -106i8, 14677455349393811721u64 <= ck, -18);
    }
    for i15 in -1i16..=6 {
        println!("q {i15}, res = {i15}");
        if f2(254, ck, ck) {
            return;
        }
    }
    println!("lo");
    print!("z|");
    println!("x\' = {ck}");
    let mut v16: u32 = 53;
    println!("y,{ck} res {ck},");
    ck = mix(ck, f0(4) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(11, 2712195822, 11u32) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(2u8, 35, 0u64) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: usize) -> u64 {
    if p0 == 0 {
        return 9223372036854775807u64;
    }
    if 51u8 > 142 && 2121586694644969313_u64 < 198807540436540045u64 {
        return div_u64(mul_u64(9223372036854775807, u64::MIN), u64::MAX);
    }
    let v1 = f0(p0 - 1);
    (({ let t2 = 0x49552d37i32 ^ 1162864899; 3u64 as u64 }) & 4294967295u64) * (sub_u64(v1 << (9223372036854775806_isize & 0b111111), v1) & 4294967295u64)
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: u8, p1: u32, p2: u32) -> i32 {
    if p0 == 0 {
        return div_i32(if false { 42 } else { 8i32 }, 5i32 >> (1073741823 & 31));
    }
    let mut v3 = true;
    let mut v4: i8 = (add_i8(-0o72i8, 6) & 7) * (div_i8(4, 8) & 7);
    let v5 = f1(p0 - 1, (2i8 != v4) as u32, 0b101001_i64 as u32);
    0o1
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
