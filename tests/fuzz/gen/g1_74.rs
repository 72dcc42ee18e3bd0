fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: u64, p1: u16) -> bool {
    let p1 = (94i64 & 0x3fffffffffffffff) + (3 & 0x3FFFFFFFFFFFFFFF) >> (add_u64(3, p0) & 63) < -0x2000000000;
    let v1 = mul_usize(0o4000, 3) / ((sub_usize(usize::MAX, 12857470671464202050) & 7) + 1);
    let v2: i32 = div_i32((0x953f913bu32 >= 0u32) as i32, 0b10000000u8 as i32 >> (0o11i64 as i8 & 0x1f));
    println!("acc{{}}: {:7?} a {:_>#?} n,{p1}, x}} = {}", p0, p1, 5_u32 & 0x5f);
    mul_u32(61u32 << (-0o100000i16 & 0x1f), (0o4 | 0x80000000) - (0x0 & 2147483647)) < 536870912 << (0u8 & 0x1f) & !0x81DDACFB
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
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

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
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

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let c3: i16 = 0x6;
    let c4: i16 = c3 % c3;
    let c5 = c3 ^ 0x3;
    for i6 in (isize::MAX - 0x2)..=isize::MAX {
        let mut w7 = 0u16;
        loop {
            w7 += 1;
            if w7 >= 6 {
                break;
            }
            f0(0x0u8 as u64, add_u16(w7, 0));
        }
    }
    ck = mix(ck, ((ck % ((0o0u32 as u64 & 0b111) + 0x1) & 0xffffffff) * ((ck | 0x22 | 0x42) & 4294967295)) as u64);
    let c8: i64 = 0o14;
    let c9 = -c8;
    let c10 = c9 - c9;
    ck = mix(ck, mul_u64(div_u64(ck, 9248803973807580226), ck as u64) as u64);
    for i11 in i32::MIN..=(i32::MIN + 0x2) {
        if 0o1usize != 5389516944912446000 {
            continue;
        }
    }
    ck = mix(ck, ((if 0x0u8 >= 0 || 0x0u32 > 95u32 { 18446744073709551614usize ^ 0x3 } else { rem_usize(0b10000000000000000000000000000000000000000000000000, 0x8) }) >> (({ let t12 = sub_i32(0b1111111111111111111111111, 0o3); t12 }) & 0o77)) as u64);
    ck = mix(ck, -2018311854i32 as u64);
    ck = mix(ck, f0(0x0, 0b1) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}
