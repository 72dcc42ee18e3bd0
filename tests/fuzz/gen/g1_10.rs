fn f1(p0: u8, p1: i32) -> i32 {
    if p0 == 0 {
        return -2147483647;
    }
    let mut w4 = 0u16;
    let v5: u16 = loop {
        w4 += 1;
        if w4 >= 0b100 {
            break div_u16(w4, w4);
        }
        let v6 = (15144260032572217037 | 9223372036854775808) - ((u64::MAX | 4) >> ((-0b111110110101110110011000010101011011111100010100100011010010100_i64 ^ 0b110) & 63) & 9223372036854775807);
    };
    let v7 = f1(p0 - 1, 262143_i32 | p1);
    -232176623
}

fn f0(p0: bool) -> u64 {
    let v1: i64 = 0x7;
    println!("step,{} k,{1}step {p0}", if p0 { 0b111111 } else { 207068978 }, 0x28usize);
    for i2 in (u32::MAX - 6)..u32::MAX {
        let mut v3: isize;
        v3 = 4611686018427387903;
        println!("ck");
    }
    let p0: i16 = add_i16(0o21, 32767);
    if 8i16 < 2094 {
        println!("it {p0:?}");
    }
    3isize as u64 & 6990811266816755674u64
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
    f0(true && 0b100000000000000000000isize != 4611686018427387904);
    ck = mix(ck, 0u32 as u64);
    ck = mix(ck, ((10949523471429252627usize & 0x7fffffffffffffff) + (6 & 9223372036854775807)) as u64);
    if false {
        ck = mix(ck, (-3i64 >= 7 && 0b111isize < 0o1 && !(4611686018427387904isize > 2463476683155321096)) as u64);
        let v8: i64 = 0b110 % ((0x37 & 7) + 1) | i64::MIN;
    } else {
        let v9 = -(9u16 as i64 | 0b1);
        f1(sub_u8(0b1010110u8, 0o61) & 0xf, f1(8 & 15, 9));
    }
    for i10 in 0i64..5 & 0x2 & 3_i64 {
        ck = mix(ck, (if 6653085199049262899u64 | ck > f0(true) { 5902436549070124639u64 } else { sub_u64(f0(true), add_u64(ck, ck)) }) as u64);
    }
    ck = mix(ck, (mul_u8(0b1, 253) << (9isize & 7isize)) as u64);
    let c11: i64 = 8;
    let c12: i64 = c11 - c11;
    let c13 = c12 + 9;
    ck = mix(ck, f0(false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0b1001, 77) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
