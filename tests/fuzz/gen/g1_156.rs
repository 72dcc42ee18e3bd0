fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 15i64 as u64);
    println!();
    let mut v4: i64 = sub_i64(8i64 / ((9223372036854775807i64 & 7i64) + 0o1i64), 39374_u16 as i64);
    ck = mix(ck, f0(-0b10011111101110101110000010111101110011101000101001101001010111i64, 0b10u32, 0b10111011101000101001001111101000, 7) as u64);
    println!("f0 = {}", ck);
    f1(0b11110, 61, -1073741824);
    println!("ck = {}", ck);
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: i8, p1: u8, p2: i32) {
    print!("d ");
    let mut p0 = p2;
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0(p0: i64, p1: u32, p2: u32, p3: i32) -> i8 {
    let mut v1 = ((128u8 & 0o0 & 0b1111111) + (0b10000000 & 127_u8) & 0xF) * (1u8 as i64 as u8 & 0b1111);
    println!("it: {}", p0);
    println!("b {}, r: {}", usize::MAX, 0o0u64);
    if false {
        let mut v1 = -(p3 | 0b1i32) % ((0x5_usize as i32 & 0x7i32) + 1);
        v1 = mul_i32(v1, 6i32);
        let v2 = 0x0u8;
    } else if (false || p0 == 0x6_i64) && p3 < p3 {
        let v3 = 32 % ((0o3_i8 & 0b111i8) + 0b1) << ((v1 & 0b1111111u8) + (v1 & 0x7fu8) & 7u8);
        println!("z,{},", neg_i16(0x815 << (0o1_0i8 & 0b1111_i8)));
    }
    add_i8(i8::MAX, ((if v1 == 67u8 { 0o2i8 } else { 0x9i8 }) & 0x7i8) * (p0 as i8 & 0b111i8))
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

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}
