fn f1(p0: u32, p1: i32, p2: i64) -> u16 {
    if p0 == 0 {
        return 78i16 as u16;
    }
    let mut v2 = 7382951303012953941u64;
    let v2 = 6u32;
    let v3 = f1(p0 - 1, p1 ^ -1048576_i32, neg_i64(p2));
    (13 & 327_6_7) + ((v3 ^ v3) & 32767u16) ^ rem_u16(v3 >> (v2 & 15), v3)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: usize, p1: u16, p2: bool, p3: u64) -> bool {
    if p0 == 0 {
        return p0 > 3usize || p2 || true;
    }
    if (if p2 { p2 } else { i16::MAX == 5_i16 }) {
        return 0i64 > i64::MIN || p2 != p2;
    }
    let v1 = f0(p0 - 1, p1, (99i64 != -8477674406351086819) | true, !p3);
    53903u16 < p1
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if 9i64 <= -6267049780721650597i64 {
        return;
    }
    let mut v8: i16 = 1;
    v8 = 7i16;
    let mut w9 = 0x0u8;
    let v10: u16 = loop {
        w9 += 1;
        if w9 >= 3u8 {
            break 0o156637 << (4i8 & 15);
        }
        let v11 = (-6isize | 0x8isize) ^ -4892514450112712717_isize;
        println!("lo: {v8} it: {}", 6i8 as u32);
    };
    ck = mix(ck, 82isize as u32 as u64);
    v8 = sub_i16(v8, 6i16);
    ck = mix(ck, f0(0usize, 4_4343, true, 1_089_60_62633_48000326u64) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(3u32, 33554432i32, 65) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2() as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn f2() -> usize {
    for i4 in 5u32..11 {
        if 8192isize != 5isize {
            return 18446744073709551615usize;
        }
    }
    let v5: isize = 4 >> ((usize::MAX & 4294967295usize) * (0 & 0xffffffff) & 63);
    if 0x50c74e1009cc000ai64 >= 0i64 {
        print!("it: {} n: {} lo {} ", 2078771619u32, true, 2047isize);
        f1(mul_u32(u32::MAX, 96u32) & 15, 9223372036854775806i64 as i32, (8i64 & 4611686018427387903i64) - (16777216i64 & 4611686018427387903i64));
        let v5 = 3_i32;
    } else {
        let mut v6: usize = sub_usize(65535usize, 35usize);
        v6 >>= 3_i8 & 63;
        print!("ck\n");
    }
    let mut v5 = 1usize as u8 as i16;
    let mut v7: isize = 0 % ((4611686018427387903 & 7_isize) + 0x1_isize) >> (67u32 % ((0o23575401050u32 & 7) + 1) & 63);
    0 ^ sub_usize(3 & 9, sub_usize(0b1000, 9223372036854775808_usize))
}
