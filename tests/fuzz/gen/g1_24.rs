fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if usize::MAX <= 0o3 {
        if -9223372036854775807isize < isize::MAX {
            let mut v5: u32 = mul_u32(add_u32(662870433, 0x7FFFFFFFu32), u32::MAX >> (usize::MIN & 31usize)) - ((0x21i16 & 127i16) * (2 & 0o177i16)) as u32;
            ck = mix(ck, rem_i64(0o0, 9223372036854775807i64) as u64);
            println!("lo: {} x,{:b} q {:#X}", div_i16(if -0b101i16 == 0o77777 { 16384 } else { 0o12i16 }, (0o77777 & 0x3fffi16) + (0o7777 & 0x3FFF)), 2usize, mul_u8(0o244u8 >> (11usize & 7), (6u8 | 0b10000000) - (0b1_0_0111 & 127u8)));
        }
        ck = mix(ck, ck as u64);
        if !(3_i8 > 0o7) {
            f1(0b1111111111111111111111i32 as u8);
            let mut v6 = false;
        }
    } else {
        {
            let ck = 0u32;
        }
        println!("ck = {ck}");
        ck = mix(ck, (u8::MAX >> (ck & 7_u64)) as u64);
    }
    let mut v7: u32;
    let mut v8: usize = 35;
    let mut v9: i64 = 0x7391847713445CC0;
    v7 = 0x7026f5e0u32;
    let v10: u8;
    if !30u32 == ck as u32 {
        v10 = 0x39;
        let mut v11: u8 = u8::MIN;
    } else {
        v10 = 0b110;
    }
    v8 <<= v7 << (isize::MAX & 31) & 63;
    let mut v12: bool = v8 != 0 && v7 != v7;
    println!("x {v10}");
    ck = mix(ck, f0(0b110_usize) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x59) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: u8) -> i64 {
    let mut v3: usize = 0;
    v3 = (0b1000101101110101010111101111011000001100100011100001101010001110 / ((v3 & 7usize) + 1usize) | 9223372036854775808) - (rem_usize(v3, v3) & 0b111_1111111_111_1_11_11_11_1_1_1_1_111_11_11111_1111_11_11_11_1_1_1111_11111_11_1_11_1_11);
    f0(v3);
    v3 = rem_i32(0b100000000000, 3 << (10231i16 & 0x1fi16)) as usize;
    mul_i64(({ let t4 = 7u32; 5155377978385720787i64 }) << ((u32::MIN ^ 79) & 63), 2i64 % ((0b110 & 7) + 0b1) % (((if 0x7FFFFFFFFFFFFFFFu64 < 7950986225240473150 { 0o2i64 } else { -0x1897a3e0bad4b7da_i64 }) & 7) + 0o1))
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
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

fn f0(p0: usize) -> u8 {
    let p0 = true as usize;
    let mut v2: u64 = 62 + ({ let t1 = p0; div_u64(0x7u64, 0o5) });
    println!("step {} res}},{v2} z: {},", i8::MAX > 0x1Bi8 || 0x7i8 == i8::MAX, -32767i16);
    0b10u8
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
