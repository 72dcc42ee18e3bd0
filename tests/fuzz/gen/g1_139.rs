fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, mul_u8((0_u8 & 0x7f) + (73 & 127), add_u8(20_3, 8_)) as u64);
    println!("r,{}", 0x59u16);
    for i4 in 2..0b101i16 {
        ck = mix(ck, (f0(1u32, i32::MAX, i32::MAX) as isize > div_isize(-(281474976710656 | 1), 1)) as u64);
        if 9_1i64 != -3941945659725546964 {
            continue;
        }
    }
    if (true || 9i64 < -2501345668550147520i64) && (2u8 >= 75 && 0isize >= 4isize) {
        let v5 = -(-13i32 | 1);
        let mut v6: bool = -4583787655124994026i64 <= 34i64;
    } else if 2785080258252357289i64 <= 5_ || true {
        let mut v7: u16 = ((0b11111111111111111u32 < 0o131) as u16 >> (9isize & 15)) % (((3276_8 >> (58i8 & 15i8)) / (((4_ | 32768) - (0b1110011111001100 & 32767u16) & 7) + 1) & 7u16) + 1u16);
    } else {
        ck = mix(ck, -(87_u8 as i64 | 1) as u64);
        println!("x");
        println!("sum {}z,{} lo = {ck}", 9u8 as usize, 0u64);
    }
    ck = mix(ck, 2918530997055932542usize as u64);
    ck = mix(ck, f0(2, 127_i32, 1024) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: u32, p1: i32, p2: i32) -> u32 {
    let mut v1: u32 = p0 & p0;
    for i2 in (u16::MAX - 7)..=u16::MAX {
        println!("sum {p2} tmp {} ck: {v1}, b {}", 63u8 as i64, 1460u16);
    }
    let mut v3: i8 = 78;
    2u32
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
