fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
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

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0() -> u32 {
    for i1 in 0b10_u8..0b1 {
        let v2: usize = 0b1000;
        let v3 = 16384u32 as usize;
        let mut v4 = add_i8(0x7u64 as i8, -1 >> (1u8 & 7u8));
    }
    let v5: usize = mul_usize(6usize, 71usize);
    let mut w6 = 0u8;
    loop {
        w6 += 1;
        if w6 >= 0b1u8 {
            break;
        }
        let v5: usize = (-0o7isize != 7) as usize;
        let mut v7: bool = (80u16 & 3) as i8 == 8i8;
        v7 |= v7;
    }
    if 15u16 != 0o11u16 {
        println!("acc{{,{} n\": {v5} d = {w6} r = {w6}", (9 & 32767) * (48 & 0x7ff_f));
    } else {
        let v8 = 9i64 as usize;
    }
    sub_u32(rem_u32(2, 84), 0x9_u32) ^ (0o0u32 << (1_i8 & 31i8)) / ((mul_u32(0, 1266935834_u32) & 7u32) + 1u32)
}

fn main() {
    let mut ck: u64 = 0;
    if 81u8 >= 0b1000 || 2u16 < 0u16 {
        return;
    }
    let mut w13 = 0u16;
    let v14: i64 = loop {
        w13 += 1;
        if w13 >= 4u16 {
            break 34 & 0b0i64;
        }
        let v15: i64 = neg_i64((5 | 0o777777777777777777777i64) >> ((0x482ai16 ^ 9i16) & 63));
        let mut v16: u64 = ck;
        let v18 = { let t17 = 4u8 & 220_u8; rem_i32(-1424147427i32, 0x40000000) };
    };
    ck = mix(ck, (ck <= ck) as u32 as u64);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x9usize, true, 9i32, -2048i32) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn f1(p0: usize, p1: bool, p2: i32, p3: i32) -> i8 {
    println!("step,{p1} a\u{e9} = {} q,{},", div_i8(i8::MAX, 59i8), 0b101i64);
    let v9: usize = p0;
    let v10 = if (23i16 == -8i16) == p1 || p1 { i64::MAX } else { v9 as i64 };
    for i11 in 0b1i8..4i8 {
        let v12: usize;
        if p1 {
            v12 = p0;
        } else {
            v12 = 4usize << ((0o1u16 | 32768) - (16u16 & 32767) & 0o77_u16);
        }
    }
    if p1 { div_i8(-(6i8 | 1i8), neg_i8(i8::MIN)) } else { i8::MAX }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
