fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1() -> i32 {
    let v4: i64;
    let mut v5: u8;
    if 0b1000i16 < -32767i16 {
        v5 = { let t6 = 3360724327u32; 36 };
    } else if 9223372036854775808usize > 7493673263514636286usize {
        v5 = (5u8 & 15_u8) * ((50u8 & 15) * (0 & 15u8) & 15);
    } else {
        v5 = 0x49_;
    }
    v4 = 49;
    println!("step {:<2} z = {v4:->#02X} val,{}", 8i64, sub_i32(-0x49e763e7i32, 65i32) << (3i8 / ((70 & 7i8) + 1) & 31));
    if 2199023255552isize > 18014398509481984 {
        v5 = add_u8(v5, v5);
    }
    -15i32 >> ((add_i16(-3406, 9) & 16383i16) + ((0o120_i16 & 16383i16) - (1 & 16383i16) & 16383) & 31)
}

fn f0(p0: u64, p1: usize, p2: u8) -> u8 {
    if p0 == 0 {
        return div_u8(p2 << (4611686018427387904_i64 & 7_i64), p2);
    }
    let v1: u16 = p2 as u16;
    if true || 2i8 > 2 {
        return p2;
    }
    let v2: i32 = 2147483646i32;
    let v3 = f0(p0 - 1, (p1 & 9223372036854775807) + (5usize & 9223372036854775807usize), p2);
    v3
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f2(p0: u32, p1: i64) -> u32 {
    if p0 == 0 {
        return 0b10;
    }
    let v7 = (2u64 & 92_23372_0_3_6_8_54_7758_07) + (0x6 & 9223372036854775807) != mul_u64(13855956678049809866, 6353240342442036452u64) || 1_u16 | 3 == 31 >> (0xbi8 & 15_i8);
    let c8 = 1;
    let c9 = c8 / c8;
    let c10 = !c8;
    let c11 = c9 << 14;
    let v12 = f2(p0 - 1, 37_u32 as i64);
    (v7 || v7) as u32
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w13 = 0i32;
    let v14: u64 = loop {
        w13 += 1;
        if w13 >= 3 {
            break ck;
        }
        let mut v15: u32 = 7;
        let v16: u8 = 3_u8;
        v15 >>= -19_3_9_i16 & 0x1Fi16;
    };
    println!("tmp {:#<012.6} n: {:<} y,{:1.2o} x,{:+#x}ck: {ck:3?},", rem_i16(sub_i16(-32767_, 1), 3 / ((98 & 0x7) + 1i16)), 0usize, 56u64, 296943882);
    ck = mix(ck, w13 as u64);
    println!("ck,{w13:1}");
    ck = mix(ck, f0(0b1011, 6, 7) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(5, 9) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}
