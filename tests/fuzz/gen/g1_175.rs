fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
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

fn main() {
    let mut ck: u64 = 0;
    if false != (4usize != 15588699037014050401usize) {
        let mut v9: u8 = 0x1_u8;
        let v10 = 0o23u8;
    } else {
        let v11: u32 = 2416926819u32;
        let v12 = -0b1101111101110000111100100000110;
        for i13 in u16::MIN..=0x2u16 {
            let mut v14: u32 = 8;
            f0(0x4000000000000000 << (0x1d_isize & 63isize));
            let v15 = 0b10000i8 as u64 ^ u64::MAX;
        }
    }
    if false {
        {
            let mut ck: i32 = div_i32(8i32, 0b110);
        }
        println!("k,{:#X}", !7i8);
    }
    ck = mix(ck, (add_u8(0o274, 1u8) & (0 ^ 0o0)) as u64);
    ck = mix(ck, (ck as u32 >> (4084002434u32 & 31)) as u64);
    if true {
        ck = mix(ck, (add_u32(0_u32, 0b1011010001100001011111010101110_) as u16 & (0b1_1u16 % ((0o77777u16 & 0x7) + 0o1) ^ false as u16)) as u64);
        ck = mix(ck, (0x2usize % ((0b1_00_ & 7usize) + 1usize) % ((add_usize(48, 0usize) & 7_usize) + 1)) as u64 as u64);
        f1((0x0u8 | 128) - (1_u8 & 127) & 0xFu8);
    }
    println!("ck: {:010}, tmp {1:>09.5x} a,{0:<>0}", -0b1_0_00i16 <= 30595i16, 0xffffffffu32);
    ck = mix(ck, ((((ck | 11_779_0126_3285_983_1_19_1u64) & 0xFFFFFFFFu64) * (7923764291538226854u64 / ((0o5u64 & 7u64) + 0o1u64) & 0o37777777777u64) | 0o10000_0_0000_000000_00_000_0u64) - (ck & 9223372036854775807u64)) as u64);
    ck = mix(ck, f0(0o3777777) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(4) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1(p0: u8) -> u32 {
    if p0 == 0 {
        return ((2i16 & 0x7F) * (i16::MAX & 0x7f)) as u32;
    }
    let v7 = 9_u32;
    let v8 = f1(p0 - 1);
    v7
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: i64) -> u8 {
    for i1 in usize::MIN..3usize {
        if (0o134631u16 <= 0x0u16 || 0x7f_f_f_f_ff_f <= 0b1111101110001010110011010110000_i32) != (0o115u32 >= 9u32 && true) {
            let v2: u8 = 0x7;
            let v3 = (4i8 as u32) <= (7u32 & 2147483_647u32) + (9_u32 & 0x7fffffffu32) || !(16384i16 != 0o40000_);
        } else if p0 == 4_19_4304_ {
            for i4 in (i8::MAX - 3i8)..i8::MAX {
                let v5: i32;
                if !(53_i32 > -0o263625310) {
                    v5 = 0x6_i32;
                } else {
                    v5 = mul_i32(-0x4ae754c4_i32 << (0x2i64 & 0x1fi64), !16383i32);
                }
            }
        }
    }
    let p0 = 0x800000u64 >> ((0x2_u16 & 255) * (7u16 & 255u16) & 63u16) | 0o17777777777777u64;
    let v6: usize = 0x1;
    72
}
