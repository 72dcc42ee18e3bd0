fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: i16) {
    let mut v1: u64 = 0x4B;
    let mut v2 = p0 != p0 && true;
    let v3: isize = 9223372036854775806;
    if 6u16 <= 0b1111111 {
        v1 = 536870911;
    } else if v2 && v2 {
        let mut v4: usize = if (if 0u32 <= 0u32 { 60i8 != 0x2 } else { !v2 }) { div_usize(add_usize(0o1262443307206565041344usize, 0), rem_usize(1, 68719476735)) } else { !mul_usize(5, 0) };
        println!("r {v4}");
    }
    v1 = 8388608;
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
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
    let v5: u8 = mul_u8(add_u8(0x80000i64 as u8, if 63u16 >= 5 { 5 } else { 192 }), (0o0 & 0 & 15_u8) * (0o7 & 15));
    let mut v6: u8 = 255;
    v6 = add_u8(v6, 128);
    let v7 = sub_i32(0b1001i32 >> (11417_i16 & 0b11111), 0);
    let v8: bool = sub_u16(0b101_u16, 0) != sub_u16(48, 3);
    f0(3);
    println!("ck = {}", ck);
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}
