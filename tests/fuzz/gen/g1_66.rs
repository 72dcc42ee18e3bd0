fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
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

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: u16, p1: u64, p2: i32, p3: i8) -> i32 {
    let mut w1 = 0u16;
    while w1 < 3 {
        w1 += 1;
        if false ^ (3_i64 != -9223372036854775808i64) {
            break;
        }
    }
    let v2: u32;
    if ({ let t3 = -9223372036854775807isize; 82_isize }) == (14 & 4611686018427387903) + (-6708587993961943790 & 4611686018427387903) {
        let mut v4: i16 = (rem_i16(8, 14547) & 16383) + (neg_i16(-512) & 16383);
        v4 = v4;
        v2 = (3 & 65535) * (mul_u32(8, 524288) & 0o177777);
    } else if !false {
        println!("out,{} n,{} acc {},", 0u32 as i32, 3i64, -274877906944isize);
        v2 = 2101121240;
    } else {
        let v5: i8 = p3;
        println!("x {v5}");
        v2 = 128;
    }
    if 0x8u32 <= v2 {
        if 0o1000000000000000000000_usize > 13832382675541578653 && 8_u32 >= 3 {
            return 0o6i32 | i32::MIN;
        }
    } else if 5i16 | 27510 < i16::MIN {
        let v6 = sub_i32(7, p2);
        let mut v6 = mul_u32(v2, v2 | 0b100);
    }
    p1 as i32
}

fn main() {
    let mut ck: u64 = 0;
    print!("it,{ck} res: {ck} k: {:é<9} y,{:<?}|", 4i8, 4294967294u32);
    let v11 = (u32::MAX | 2147483648) - (77 % ((0 & 7) + 1) & 2147483647);
    let mut w12 = 0b0usize;
    let v13: u8 = loop {
        w12 += 1;
        if w12 >= 0b10 {
            break -16i8 as u8;
        }
        let v14: u64 = 0u8 as u64;
        println!("r: {}it,{w12:8b}step,{w12}", (false && 1u16 >= 0) != true);
    };
    if 651113029 > 779174301 {
        return;
    }
    {
        let mut v15: u16 = 7;
        let mut v16 = v13 / ((v13 & 7) + 1u8);
    }
    let mut v17 = i8::MIN;
    ck = mix(ck, (63i16 << (8_u8 & 15)) as u8 as i32 as u64);
    ck = mix(ck, f0(54953, 13458620434229466069, 2, 0x8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(9, false) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: u8, p1: bool) -> i64 {
    if p0 == 0 {
        return { let t7 = (25i64 & 2147483647) * (73 & 0b1111111111111111111111111111111); mul_i64(t7, i64::MAX) };
    }
    if 0u64 >= 0 || p1 {
        let p1: i32 = 4u8 as i32 | !4;
    } else {
        let mut p1: i8 = (36 % ((7 & 37 & 7) + 0x1) & 7) * (({ let t8 = 76u16; isize::MIN as i8 }) & 7i8);
    }
    let v9 = (if 9usize == 576460752303423488 { 3_i16 } else { 128 }) >= 0b1000 & -32767;
    if 6720755896481136396usize >= 50 {
        let p1: u32 = 7;
    }
    let v10 = f1(p0 - 1, true);
    v10 >> (38u8 & 63)
}

fn mul_i64(a: i64, b: i64) -> i64 {
    if a > 0 {
        if b > 0 {
            if a > i64::MAX / b {
                return a;
            }
        } else if b < i64::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i64::MIN / b {
            return a;
        }
    } else if a != 0 && b < i64::MAX / a {
        return a;
    }
    a * b
}
