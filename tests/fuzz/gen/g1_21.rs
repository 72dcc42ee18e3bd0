fn f1(p0: u64, p1: u32) -> i64 {
    let mut v8 = 0o0u16;
    let mut w9 = 0b0i64;
    let v10: u32 = loop {
        w9 += 1;
        if w9 >= 0x5i64 {
            break p1;
        }
        v8 = mul_u16(v8, 0x7u32 as u16);
        let mut v11: u8 = 0o37;
    };
    w9
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: i32, p1: u64, p2: u8) -> i32 {
    let v1: u16;
    if 16125i16 >= 0b110 && true {
        v1 = (0x5e | 0x8000u16) - (add_u16(0x2bu16, 0b101111001011) & 32767u16);
    } else {
        v1 = div_u16(0x6u16, 0u16) / ((0x80aa & 0x7) + 0x1u16);
    }
    let mut w2 = 0u32;
    let v3: i8 = loop {
        w2 += 1;
        if w2 >= 8 {
            break { let t4 = 40i16; 0o20_i8 };
        }
        let mut v5 = -33554432;
    };
    if w2 < w2 {
        let v3 = neg_isize(-0x24fabeeb585c8aeaisize) as i64 as u64;
        println!("n: {}, ck {}", 13usize == 0x0, 0o7_i8 < -0b1101101);
        let v6: i8 = 0x3a_i8;
    } else {
        let v7 = p1;
        let mut p0 = add_u32(w2, w2) as i32;
    }
    p0
}

fn main() {
    let mut ck: u64 = 0;
    let mut v12 = i32::MIN;
    for i13 in 0o2i64..4 {
        println!("k {} k {ck}val: {i13}", true);
        ck = mix(ck, (false | !true || true as u16 >= i13 as u16) as u64);
    }
    ck = mix(ck, ((0o125u8 & 0xF) * (0b10 & 0xf)) as u64);
    ck = mix(ck, f0(-166835625_i32, 9u64, 0b11111111u8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0xfffffffffffffffe, 0) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}
