fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1(p0: u16, p1: usize, p2: bool) -> u8 {
    let mut w2 = 0u32;
    let v3: i64 = loop {
        w2 += 1;
        if w2 >= 1u32 {
            break i64::MAX;
        }
        println!("a");
    };
    println!("k\u{e9} {}", (0u64 & 9223372036854775807) + (3343330019112174881 % ((1 & 7) + 1) & 9223372036854775807));
    73 % ((235 & 0x7) + 1) << (rem_u8(19, 6) & 7) & div_u8(u8::MAX, 0x53) % (((1 | 128) - (104 & 127) & 7) + 0b1u8)
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f2(p0: isize, p1: u8) -> u32 {
    let v4: i32 = div_i32(2, -571515683);
    let p0: i64 = -0x50cbdd50429ac5a5;
    f1(3 ^ 8192, 3 % ((6298097499469956744 & 0o7usize) + 1), 4294967294u32 >= 17);
    f0(v4) / ((f0(-2147483647) << (u16::MAX & u16::MAX & 31) & 7) + 0x1)
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: i32) -> u32 {
    if 8u16 < 1 {
        return add_u32((2147483647 & 0xffff) * (2203377823 & 65535), 32767);
    }
    println!("y");
    let v1 = sub_u8(0b1010001u8, 128u8) / (((9 ^ u8::MAX) & 7) + 0o1);
    sub_u32(rem_u32(2943651466u32, u32::MAX) as u32, 7324252875671401909_usize as u32 % ((0x4 & 7) + 1))
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if false && 0u32 == 0 {
        print!("r,{ck}hi,{}\n", 6isize);
        println!("x {ck}");
        if !(6 == 6) {
            return;
        }
    }
    let mut v5: u16 = 5;
    let mut v5 = div_u16((0 & 255u16) * (0o106 & 255), v5 >> (-1265633098151986685i64 & 15)) & 0;
    for i6 in (i16::MAX - 1)..i16::MAX {
        println!("tmp {v5}, k: {v5},");
        if -9223372036854775808isize != 8058509511260768821 {
            break;
        }
    }
    v5 = v5 >> (3i64 & 15i64);
    v5 %= (v5 >> (v5 & 15_u16) & 7) + 1;
    ck = mix(ck, f0(9) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(98, 0xEusize, true) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(60, 86) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
