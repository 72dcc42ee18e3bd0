fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: u32, p1: bool, p2: i32, p3: u32) -> usize {
    if p0 == 0 {
        return u8::MIN as usize;
    }
    for i4 in (u16::MAX - 4u16)..u16::MAX {
        for i5 in 0x2i32..0o4i32 {
            let mut p2 = (0u32 > p3) as usize;
        }
        for i6 in (u64::MAX - 0o1)..u64::MAX {
            let v7: bool;
            if -131072_i64 != i64::MIN {
                v7 = p3 >= mul_u32(p3, 0b10_u32);
            } else {
                v7 = (p1 && p1) == (if p1 { p1 } else { 0o10000000i64 > -6571916532385553872i64 });
            }
        }
        for i8 in 0_usize..=4usize {
            let v9 = i4 > i4;
            let v10: usize;
            if !p1 {
                v10 = sub_usize(6690701488728175310u64 as usize, 277942816764296891usize);
            } else {
                v10 = i8 >> (0o77i8 & 0b111111) << (p2 & 0x3fi32);
            }
        }
    }
    let mut v11 = usize::MAX;
    let v12: i32 = p2;
    let v13 = f1(p0 - 1, p1 || p1, 0, rem_u32(0xau32, p3));
    if p1 { v11 } else { p3 as usize }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, !(9i32 > 0x29i32) as u64);
    let v14: i16 = 0x5_;
    let v15: u16 = u16::MAX;
    let v16: bool;
    if 0b1100101_u8 > 55 {
        v16 = 0x7u32 != 0o130u32 || (-10isize < 0b1000000000000000000000000000000000000 || true);
    } else {
        v16 = false && ck != 9 || 0x5usize < 9usize;
    }
    let mut v17 = 1i64 % ((511 & 7) + 1i64);
    v17 >>= div_u8(5, (0x2a | 0x80_) - (7u8 & 127_u8)) & 63;
    ck = mix(ck, f0(1_95_u8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(12_u32, false, 22_i32, 9u32) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u8) -> u16 {
    let mut v1: i64 = rem_i64(i64::MAX, 10i64);
    let v2: u8 = p0;
    let v3 = -4i64;
    (88u16 << (0x7FFFFFFFFFFFFFFFusize & 0xfusize) & sub_u16(0o0, 65534_u16)) << (-0o136_250_5_76_5_1i32 as u64 & 15_u64)
}
