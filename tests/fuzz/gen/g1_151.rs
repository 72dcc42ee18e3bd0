fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f1(p0: u32, p1: i16) -> u8 {
    println!("lo {{ok}} {}x {1}", 0xffffffffffffusize, (11i8 < 4i8) as i8);
    let v1: i32;
    f0(rem_isize(4isize, 65_isize), 3u64 | 0o1545031173747034631540u64, 0o6_u8 != 8u8);
    v1 = (0o55 & 32767) * (0x67cd5761 & 0b111111111111111);
    if 0o11u16 << (8_i64 & 15_i64) == 0x0u16 << (33554431isize & 0xf_isize) { div_u8(0x0_u8, (87u8 & 0xfu8) * (0x30u8 & 0xFu8)) } else { 0x1u8 }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v2 = (ck == ck) ^ (-0o777777777777777777777isize < 2);
    let mut v3: u32;
    if sub_usize(89, 0o141) > sub_usize(0x6, 0o7) {
        let mut v4: usize = 0b11011101000110110011000101000010111101101000001011001011011110_usize;
        v3 = 0b10001110100000011000110100;
        println!("acc");
    } else {
        v3 = 1557244474u32;
        let ck: bool = v2;
    }
    let v5: i64 = mul_i64(rem_i64(9223372036854775806, -0x4da1850975f10aea), -(0b100010i64 | 1)) << (7781095930398416715isize as i32 as u16 & 0o77);
    v3 = add_u32(v3, 9u32);
    v2 = true;
    ck = mix(ck, f0(-0o374004712432403453231isize, 0b1001u64, false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0u32, 86) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
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

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: isize, p1: u64, p2: bool) -> usize {
    println!("acc = {}k = {p0}d,{p0}, tmp,{0}", 3845639170838604227i64);
    print!("ck = {p2}, out: {}, step: {}k = {:b} ", 0b10i32 as u32, 0x8_i64 << (0x4_u16 & 0b111111) << (mul_u32(0b11_u32, 0x5_u32) & 63), 0x3i32);
    (79usize ^ 0o1777777777777777777777) % ((0o1777777u32 as usize & 0x7) + 1) << (0xF66E5299FCBA9F48usize & 63)
}
