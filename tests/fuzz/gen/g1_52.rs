fn f0(p0: u32, p1: usize) -> i64 {
    println!("a = {} hi,{}", sub_u8(0b1001, 4) as u64, isize::MIN);
    let mut w1 = 0b0u16;
    let v2: i64 = loop {
        w1 += 1;
        if w1 >= 0o6 {
            break false as i64;
        }
        println!("step");
        let mut v3: i64 = -0b1;
    };
    add_i64(v2, 0x2)
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: u16, p1: i8) -> i32 {
    let v4: u64 = (i8::MIN > p1 || false) as u64;
    let v5 = 8;
    (v4 ^ v4 <= v4 * 0x1) as i32
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("sum\' = {ck} y = {}, acc: {}", -0x400000 != 7i32, 0u32);
    ck = mix(ck, 9i16 as u64);
    let mut v6 = mul_u64(0b1u8 as u64, ck) <= (ck << (0x0u16 & 0o77) & 9223372036854775807) + (ck & 0x7fffffffffffffff);
    println!("out = {v6}, step = {} acc\' = {},", (ck & 9223372036854775807) + (0x7 & 0o777777777777777777777), 0x23);
    let v6: i32 = sub_i32(if v6 { 379512683 } else { f1(0x3f05, -0o200) }, -1915024870i32);
    let v7 = ck;
    if 64i8 <= 0x3f {
        println!("d = {}, z,{}, tmp{{,{}", (99u32 & 0xffff) * (0 & 0b1111111111111111), !false, !(0b100000000000000000000000000u32 != 0x9u32));
        let mut w8 = 0usize;
        let v9: i8 = loop {
            w8 += 1;
            if w8 >= 0x8 {
                break div_i8(5, -0o157);
            }
            if -11i8 >= -91 {
                continue;
            }
            let v10: i16 = 0b101101110110110;
        };
        ck = mix(ck, (6i16 == 0o7 || 5794573307600719647_isize != -0x8000000000000000) as u64);
    } else {
        let mut w11 = 0o0u8;
        let v12: i8 = loop {
            w11 += 1;
            if w11 >= 0b101 {
                break (127 & 0x3f) - (3 & 63);
            }
            println!("b {} out}} {v6} out\t: {}, n {w11}", v7, w11 << (0o1713224477037471232507usize & 0x7));
            if 89_i64 < 0b10101111101101010011110101110111110011000101110010010011110110 && 5usize >= 17064959313506639715 {
                return;
            }
            let v13: u16 = 9 ^ 15;
        };
        let v15: i32 = { let t14 = 0o11usize; v6 };
    }
    ck = mix(ck, f0(0o4, 8388607) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0b1111111111, 0o11) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}
