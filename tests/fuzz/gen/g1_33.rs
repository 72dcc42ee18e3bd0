fn f1(p0: i16) -> i64 {
    let mut v3 = !mul_u32(6, 0);
    if false {
        print!("x {}, d: {v3}res = {p0}, ", sub_u64(if 5u16 == 62567u16 { 0o10 } else { 0 }, (0o3 & 9223372036854775807u64) + (0x800000 & 9223372036854775807)));
        let mut w4 = 0u8;
        while w4 < 8 {
            w4 += 1;
            let v5: i32;
            if 3_u8 != 249 {
                v5 = ({ let t6 = 3i64; 2 }) << (9isize & 31);
            } else {
                v5 = 8usize as i32 / ((1073741824 << p0 & 7) + 1);
            }
            println!("b {{ok}}: {} lo = {v5} it {}z: {},", i8::MIN, 0o37777_i16 as u64 as i32, 465914928_u32 / v3);
            println!("a");
        }
    } else {
        let p0: i64 = (58 & 4611686018427387903) + (5885551478210178609 & 4611686018427387903);
        for i7 in 0i8..(if false { -124 } else { 63 }) & 1_ {
            if -12213i16 < 4_09_5 || usize::MAX >= 9 {
                continue;
            }
            v3 = 1;
            v3 = 5 & v3;
        }
    }
    let mut v8 = 29;
    let mut v9 = sub_i32(v8 | v8, v8 >> (0b110000011110110011011111111110011100110000110111010000110111110i64 & 31));
    9 & (5 & 2147483647) * (i64::MIN & 2147_483647)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f2(p0: bool, p1: u8, p2: bool, p3: u64) -> bool {
    println!("n {}", 32768u16);
    let v10: i64 = 0b11_111111111_1_11111111_1111111_1_1_1_11111_11111_111_1_1_111_11_1_111111_11_111_0;
    let v11 = 85u64 <= p3;
    let mut w12 = 0b0u16;
    let v13: usize = loop {
        w12 += 1;
        if w12 >= 0x1 {
            break { let t14 = 96isize; 0 };
        }
        if false {
            continue;
        }
        let mut w15 = 0_u32;
        while 3 > w15 {
            w15 += 1;
            let v16: u32 = w15;
        }
    };
    16731u16 > w12
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

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 23127u16 as i32 as u64);
    let mut w17 = 0o0_i64;
    let v18: i32 = loop {
        w17 += 1;
        if w17 >= 3i64 {
            break 8i32 | 24;
        }
        if 1usize != 1 {
            break (32767 & 107_3_741823) + (-67108864 & 0b111111111111111111111111111111);
        }
    };
    println!("tmp,{w17}, b: {w17} hi {},", 16);
    let mut v19 = 2;
    ck = mix(ck, f0(3, false, 522, false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(-0o334_6_6) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(true, 0, false, 0u64) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u32, p1: bool, p2: i16, p3: bool) -> i16 {
    if p0 == 0 {
        return div_i16(-p2, p2 / p2);
    }
    let p2: i32 = -2111558731 << (0b111isize & 31);
    let v1 = (sub_i64(7203898613146226312, 50) & 4611686018427387903) + (-2147483648i32 as i64 & 4611686018427387903);
    let v2 = f0(p0 - 1, p1, 1023, 6i64 >= v1);
    -(v2 | 1)
}
