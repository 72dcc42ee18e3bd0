fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
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

fn main() {
    let mut ck: u64 = 0;
    println!();
    let v4: u32 = (add_u32(79, 0o22) & 268435456 & 0xFFFF) * ((14030i16 << (0o11 & 0xF)) as u32 & 65535);
    let mut v5: u64 = ck;
    let v7 = mul_u8(mul_u8(0x0u8 as u8, 69), ({ let t6 = ck; 0xcace51feu32 }) as u8);
    v5 = !(if 8i64 > 0x5 { 17732i16 } else { 4 }) as u64;
    ck = mix(ck, (16384u32 & mul_u32(0xE952C3DAu32, (0 & 0x7fffffff) + (v4 & 2147483647))) as u64);
    if add_u16(14912, 9) > 6i64 as u16 {
        let mut v8: u32 = v4;
    }
    ck = mix(ck, 0x0isize as u64);
    ck = mix(ck, f0(0x7FFFFFFFFFFFFFFF, 0b111, 0x80, 0x31) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0(p0: i64, p1: u64, p2: u8, p3: u16) -> u64 {
    print!("d ");
    println!("lo");
    if 0x3f % ((0x2 & 0x7) + 1) > 0xffff {
        println!("sum,{} r = {}", 67i16 >= -0xe, p0 % ((0b110111001111100010011010001010011011010101101001011100010101010 & 0x7) + 0x1));
    } else {
        if 0x25i16 >= 2 {
            let v1 = sub_i32(sub_i32(0x51, 9), -2147483648);
        }
    }
    let mut v2 = add_u8(0x0, 0 ^ 0x9i8 as u8);
    let v3: i32;
    if 4745147857576099033usize == 0o0 {
        v3 = 0b101 / ((-0x34d02c61 & 7) + 0x1) | (625291032 & 0x3FFFFFFF) - (0o0 & 1073741823);
    } else {
        v3 = (33554431u32 ^ 41) as i32;
    }
    add_u64(p0 as u64, (if 0b1000000000000000000000000000000i32 != -0xd { 0x5isize } else { 2687424159577104058 }) as u64)
}
