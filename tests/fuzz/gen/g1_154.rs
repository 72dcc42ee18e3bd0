fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0() -> i32 {
    println!("a,{}", 7u16);
    let v1 = (7i16 << (0b1001u16 & 15)) / ((0x1f << (0x4u32 & 15) & 7i16) + 0x1_i16) ^ add_i16(div_i16(0b110011110011, -20270_i16), (6i16 & 16383) + (-0o30115i16 & 0b11111111111111_i16));
    println!("q {} lo{{ {}", 0b1000101u16 as i64 == neg_i64(7), 0xffffffffffffusize ^ usize::MAX);
    for i2 in (u8::MAX - 0x0u8)..=u8::MAX {
        if 59usize >= 0x0usize && true {
            continue;
        }
    }
    let mut v1: i64 = 0xffffffffffffff;
    if !(true & false) { 0x75FE9347 / ((i32::MIN as i32 & 0x7i32) + 1) } else { 0x7ffffffe }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v3: bool = 47_i8 == 103i8;
    print!("q {{ok}},{}q: {}, out: {}, d: {} ", neg_i8(73), ck <= (ck & 9223372036854775807) + (ck & 9223372036854775807u64), 0x5_i16, 0x3fi32);
    let v4 = i16::MAX as u64;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}
