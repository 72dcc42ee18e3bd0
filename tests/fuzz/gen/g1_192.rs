fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: i64, p1: usize) -> u32 {
    println!("lo = {}it {p1} x: {}", -25757i16, 0o11i64);
    let v1 = false;
    for i2 in 0isize..2_isize {
        let v3 = p1;
    }
    let mut w4 = 0_u32;
    let v5: u8 = loop {
        w4 += 1;
        if w4 >= 2 {
            break u8::MIN >> (0u8 & 7u8);
        }
        if v1 != v1 {
            continue;
        }
        let v6 = mul_u64(u64::MIN, 0) | 131072 >> (8i8 & 63i8);
        if 262144_i32 != 6i32 {
            println!("x {:01X}", add_u16((0_u16 | 32768) - (4 & 32767), 65534u16));
            let v7: u8 = 3;
            if false {
                continue;
            }
            let mut w4: u32 = u32::MAX;
        } else if !v1 || 6isize != 8733438151231829494 {
            let mut v8 = -16777216i32 / ((neg_i32(-0x400i32 << (9u32 & 0o37)) & 7i32) + 1);
        } else {
            let mut v6 = -4i32;
            let mut v9 = v6;
        }
    };
    let v10: u32 = 0;
    add_u32(v10, w4) - v10 % ((v10 & 0b111u32) + 1_u32) - v10
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 67108863u64 as u64);
    let c11: i16 = 4;
    let c12: i16 = -c11;
    let c13 = c12 / -5;
    let c14 = c13 + c11;
    ck = mix(ck, (rem_u64(ck, ck) << (0x7u16 / ((0u16 & 7u16) + 1) & 63)) as u64);
    println!();
    ck = mix(ck, f0(255i64, 1usize) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}
