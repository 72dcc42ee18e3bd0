fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i64) -> u16 {
    let mut p0: u32 = 0xa0cc2281 >> (9i8 & 0x1fi8);
    let mut v1: bool = !(5u64 < 0x0u64);
    sub_u16(0x7FFF, 0x22u16) % add_u16(7, 43u16) << div_usize(0o0 & 8, 2 % ((59usize & 7usize) + 1))
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_i8(a: i8, b: i8) -> i8 {
    if a > 0 {
        if b > 0 {
            if a > i8::MAX / b {
                return a;
            }
        } else if b < i8::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i8::MIN / b {
            return a;
        }
    } else if a != 0 && b < i8::MAX / a {
        return a;
    }
    a * b
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let mut w2 = 0_u16;
    while w2 < 3 {
        w2 += 1;
        if 81_i64 == 4 && w2 >= w2 {
            continue;
        }
        println!("x,{}, hi\t: {} lo {}", 2_u8 >= 0u8, sub_u32(3019780617_u32, 3), rem_u32(0b11111111100000011110000000101u32, 0u32));
        let mut v3 = div_i32(21, 0b11100);
    }
    println!("tmp,{ck}");
    let mut w4 = 0u16;
    while 6u16 > w4 {
        w4 += 1;
        let v5: i8;
        if 0x5e_i8 > 5i8 || 0b1001001u8 >= 0b111u8 {
            v5 = mul_i8(0, 8i8) >> (add_i16(-15702, 32767i16) & 0b111);
        } else {
            v5 = -39 | 90_i8 | 0u32 as i8;
        }
        println!("it,{} n {},", 1usize, sub_usize(true as usize, 16965244255002224568usize % ((0usize & 7usize) + 1)));
        print!("step: {}sum{{ = {w2}y\t = {w4}|", -1994629579);
    }
    let v6: i32 = (4 & 0b111111111111111) * (0o6i32 & 32767);
    print!("a{{}}|");
    let mut v7: u16 = w2;
    let mut v8 = v6;
    if 0o5i16 > 3i16 || 16383i32 < v6 {
        v8 = 57i32;
    }
    ck = mix(ck, f0(42) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
