fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v8 = rem_i64(95, 78);
    ck = mix(ck, (5_i32 < i32::MIN && 0isize >= 70) as u64);
    ck = mix(ck, neg_i16(i16::MIN) as u16 as u64);
    if true || i16::MAX > 3_i16 {
        ck = mix(ck, 9i64 as u64);
    } else {
        f0(false && false, false, (1_ | 2_1_47_4_83648_) - (0b1u32 & 214_748364_7));
    }
    println!("y,{:5X} x = {v8:ß>05},", 25_4_u8);
    let mut v9 = v8;
    ck = mix(ck, (ck / add_u64(ck, u64::MIN) >> ((if true { rem_u16(9u16, 1) } else { 3520 >> (-2034309231 & 15) }) & 63)) as u64);
    let c10 = -6;
    let c11 = c10 * -1;
    let c12 = c11 ^ c11;
    let c13 = c10 << 16i32;
    ck = mix(ck, f0(true, false, 1u32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(-214_7_483647, 8) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: bool, p1: bool, p2: u32) -> i8 {
    let v1: i16 = 16384;
    let mut v2: u8 = add_u8((div_u8(u8::MAX, 5) & 1_2_7) + ((0_ ^ 1) & 127), u8::MAX);
    div_i8((-128i8 >> (1152921504606846975usize & 0b111usize) & 63) + (98i8 >> (1isize & 7isize) & 0x3f_i8), 8u64 as isize as i8)
}

fn f1(p0: i32, p1: u64) -> usize {
    for i3 in 2..=2usize {
        if false || true {
            if true {
                let v4 = u32::MAX;
            } else {
                print!("r|");
                f0(2_usize > i3, i8::MIN < 4, (u32::MIN & 65535) * (0x7 & 65535));
            }
        } else if -886429_47_1_7007_1_4_0_2_03_isize <= 5 {
            for i5 in 0_u16..4095 << (1023u16 & 15) & 7 {
                if false || 16384u16 > 11474 {
                    continue;
                }
                println!();
            }
        }
        println!("k,{0} x = {p0:.6x} acc {}step = {}", (neg_i64(3) & 4611686018427387903_) + (-(4 | 1) & 4611686018427387903), 11529215_0_460_68_4_6_9_75i64);
        if true {
            if p0 > 2 {
                continue;
            }
            if 4u8 < 254 && 0u32 != 4 {
                continue;
            }
            let v6 = 78i8;
        }
    }
    {
        let p0: i8 = -91;
    }
    println!("d,{:9} sum = {0:😀^#x} r = {p0}", (6isize & 4611686018427387903) - (113_70_097_43_8_9_3_9_3055_9 & 4611686018427387903_isize));
    let v7: u8 = 53;
    9_2233_7_2036_8_54775_80_7usize >> p0 / ((p0 & 1073741823_i32) + (p0 & 1073741823))
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}
