fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v16 = (u16::MAX as u32 & 0x80000000 & 65535) * (549755813888isize as u32 % ((u32::MIN >> (0o37i8 & 31) & 0x7) + 0o1) & 0xffff);
    f0(v16, 0u32 as i32, 5i8 as i32);
    let v17: i32 = i32::MAX;
    ck = mix(ck, ((0o46_i16 | 0x5E) ^ (if 2u16 >= 63 { 0x6 } else { 9 })) as i16 as u64);
    let mut w18 = 0o0u8;
    while w18 < 0x3 {
        w18 += 1;
        println!("z: {:>12} x,{} acc = {}it: {:+#o}val = {4},", (u16::MAX & 0x7fff) + (0b1011010000001110 & 0b11_1111_11111_1111), 0x45u64 ^ ck, if ck >= 75 { 0o0usize < 2 } else { 1u16 <= u16::MAX }, w18, rem_i32(sub_i32(0x40000000_i32, 0o17777777776), sub_i32(v17, v17)));
    }
    for i19 in 2_i64..=0x5 {
        let mut w20 = 0o0i64;
        while w20 < 0x8i64 {
            w20 += 1;
            ck = mix(ck, (v16 & 7) as u64);
            let v22: i64 = { let t21 = 4712458481939484271u64; i19 };
            let w20: u16 = v16 as u16;
        }
        if 0x7u16 < 5 || true {
            return;
        }
        let mut w23 = 0b0u8;
        while w23 < 0x2 && v17 > v17 {
            w23 += 1;
            if w18 < 0b1111111 && true {
                break;
            }
            let v24: u64;
            if 4usize > 0xC151B6E38CEB622F {
                v24 = 1123582060262921045;
            } else {
                v24 = 0x0 / ((0b1_1_01_01 & 0b111) + 0b1);
            }
        }
    }
    let mut v25: i32;
    print!("tmp {{ok}} {v17} acc {}, ", (0o45i8 | 1) as u16);
    v25 = 0x4u16 as i32;
    let v26: i32 = v17;
    ck = mix(ck, f0(0x7ffffff, 0x6d5b61a2, 0b111) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u32, p1: i32, p2: i32) -> i64 {
    let p0 = p1;
    if false {
        let mut v1: usize = 5;
        let v1: bool = 0o72_u32 < 0x29db5b68 || 2305843009213693951isize > 0x31;
    } else if 0b0u32 == 0xa63661e6 {
        let mut w2 = 0o0i64;
        let v3: u8 = loop {
            w2 += 1;
            if w2 >= 0x6 {
                break u8::MIN / ((u8::MIN & 7) + 1u8);
            }
            let v4: i8 = i8::MAX;
            let p0: u64 = 18446744073709551615;
        };
    } else {
        if true {
            let p0: i8 = (0x7 & 7) * (0o26 & 0o7);
            let v5: i8 = (p0 & 0x3f) + (p0 & 63);
            let mut p2: u8 = 1;
        } else {
            let v6 = !p1;
            println!("it: {p1:#?} z = {0}ck {:+10}hi: {}", 92usize as u64, p1);
            println!("val {} lo: {0} k = {1} out\" = {0},", (v6 & 0b111111111111111111111111111111i32) + (i32::MIN & 0o7777777777), !(131071u64 != 7));
            let p2 = rem_u32((0xDD76EF40 | 0x80000000) - (0b11110100011011001111100011010010 & 2147483647), if i8::MAX < 9 { 0x3Fu32 } else { 0o2u32 });
        }
        let p2: u16 = 83i32 as u16;
    }
    let v7: usize = 0x0;
    if 0b10i8 > i8::MAX {
        for i8 in (i64::MAX - 0x3)..=i64::MAX {
            let v9: u64;
            if !false {
                v9 = 3;
            } else if i8 >= i8 {
                v9 = 0x0 / ((u64::MIN & 7) + 0x1) >> (p0 & 0o77);
            } else {
                v9 = (if -0x2i8 < 0o4 { 0x94308247d34759ab } else { 0x4Du64 }) / (((0b1000 | 9223372036854775808) - (0b110001_u64 & 0b111111111111111111111111111111111111111111111111111111111111111) & 0x7) + 1);
            }
        }
        let mut p1 = !(0o377u8 > 0b11111111);
        p1 = p1;
    } else {
        let v10;
        if i8::MAX < -(0x51 | 1) {
            let mut v11: i64 = (-16384isize <= 4 && true) as i64 / ((7i16 as i64 & 0o7) + 0o1);
            v10 = mul_i16(0x42, 4095);
        } else {
            v10 = 9;
        }
        for i12 in -0x1_..=0x4i8 {
            let v13: i32 = (0b101 & 32767) * (0b101101_ & 32767) / (((p2 & 1073741823) - (p2 & 1073741823) & 0o7) + 0x1);
        }
        let mut v14: u8 = ((0o44 & 0o17) * (u8::MIN & 15) | 0x80) - (80u8 & 0x7f);
    }
    let v15: u64 = 9590566178426899230;
    i32::MIN as i64
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mul_i16(a: i16, b: i16) -> i16 {
    if a > 0 {
        if b > 0 {
            if a > i16::MAX / b {
                return a;
            }
        } else if b < i16::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i16::MIN / b {
            return a;
        }
    } else if a != 0 && b < i16::MAX / a {
        return a;
    }
    a * b
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
