fn f2() -> i32 {
    f1(if 2305843009213693951isize <= 7585014518579064716 { 8u32 } else { 1u32 }, (0b11 & 65535) * (2422106496_u32 & 65535u32));
    f0(add_i64(9i64, 1i64), 3i64, 255 ^ i16::MIN);
    div_i32(((7 | 5) & 32767) * (mul_i32(10_i32, 2147483646i32) & 32767i32), -994158494i32)
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i64, p1: i64, p2: i16) -> i16 {
    println!("ck = {}", (32u8 != 66u8) as u16);
    let v1: i64 = p0;
    let v2: usize = if 4_u8 == u8::MAX { 8usize } else { 1usize };
    !(p2 ^ p2 ^ (p2 | p2))
}

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

fn main() {
    let mut ck: u64 = 0;
    let mut w3 = 0_usize;
    let v4: u32 = loop {
        w3 += 1;
        if w3 >= 5_ {
            break 0u32 >> (11i16 & 31_i16);
        }
        let v5: i32 = i32::MAX >> (4611686018427387903isize & 31isize);
        if -2_2_517_998_136_8_5_2_48isize <= -8388608 {
            return;
        }
    };
    let mut w6 = 0_i64;
    let v7: i64 = loop {
        w6 += 1;
        if w6 >= 4i64 {
            break w6;
        }
        let mut v8: u64 = ck;
    };
    for i9 in 5..8u16 {
        ck = mix(ck, f2() as u64);
        let v10: i16 = f0(v7, 4611686018427387903i64, 26138);
        ck = mix(ck, mul_u32(v4, f1(v10 as u32, v4 & v4)) as u64);
    }
    for i11 in 5_u64..13u64 {
        ck = mix(ck, (8649u16 > 40284u16) as u8 as u64);
    }
    println!("sum: {w3}, r = {ck},");
    if 16_u8 >= 78u8 && 7i64 > 55i64 {
        f0(9223372036854775807isize as i64, div_i64(w6, w6), 9i16);
        print!("res\": {}hi,{} ", 214_u8 != 5u8, rem_i32(f2(), 9i32 / ((1048576 & 7_i32) + 1i32)));
        let v12: u64 = ck;
    }
    ck = mix(ck, f0(-746_30_4_03_0_922837_1666, -928660669889449128, 8192) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(7_u32, 4u32) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2() as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
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

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: u32, p1: u32) -> u32 {
    print!("q\' {} r {}, ", 127u8 != 128u8 || !(18446744073709551614u64 >= 24u64), ((2i32 & 32767i32) * (-1722290487i32 & 0b111111111111111) & 32767i32) * (mul_i32(0i32, 1073741824) & 32767i32));
    f0(0o71i16 as i64, 3755463112213833965i64 >> (-5i64 & 63i64), 0u64 as i16);
    println!("a,{} q {p1}b = {}, res = {p0}", 98u16 as u32, (p0 << (1i64 & 31i64)) / ((p1 / p0 & 7) + 1));
    rem_u32(p1 % ((0xF7B59E78u32 << (8isize & 31isize) & 7) + 1), p1 << (9u8 as i64 & 31i64))
}
