fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: usize, p1: i32, p2: bool) -> u8 {
    if p0 == 0 {
        return u8::MAX & 0o0u8 ^ !106;
    }
    if 0i64 == 1 {
        return 0o42u8;
    }
    if ({ let t3 = 0o20362572514u32; 7u16 }) != 0x3fffffffffffffffi64 as u16 {
        if p2 {
            let v4;
            let v5: i32 = p1;
            v4 = 0b0_usize;
        } else {
            let mut p1: i16 = 0x7Fu32 as i16;
        }
        let mut v6 = mul_u8(0x40u8, 0x39u8);
        let v7: u64 = 0b11010111_1_01_1110_111_001_00_1_00_011_1_0_0_0_101110_100_111_11000_011_0_0_00_00_1_0_10;
    }
    let v8 = f1(p0 - 1, (0b10111i32 & 1073741823) + (p1 & 0x3FFFFFFFi32), p2 && p2);
    mul_u8(v8, p2 as u8)
}

fn f0(p0: i32, p1: i8, p2: i16, p3: u8) -> usize {
    let mut v1 = 6860365369544393624isize > 6isize && i8::MIN == p1;
    let v2: u8 = 9;
    v1 |= v1;
    if v1 || v1 {
        return 0x3d;
    }
    0x0
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn f3(p0: i8) -> i64 {
    let c14 = 0b1010isize;
    let c15 = !c14;
    let mut c14 = 0x1du32 % ((0b10000000000000000000000000000u32 & 7u32) + 0b1u32);
    let v16: i64 = (0b1000101001011000u16 as i64 | 0x5 << (0o111i64 & 0o77i64)) / ((add_i64(-9223372036854775807__i64 | 0i64, -0o14i64 % ((0o7i64 & 7) + 0x1i64)) & 7) + 1i64);
    ((v16 as i64 & 0x3fffffffffffffffi64) - (v16 & 0o377777777777777777777i64) & 0x3fffffffffffffffi64) + (v16 & 0o377777777777777777777i64)
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let v17 = mul_u16(0x8u16, 0u16) % ((mul_u16(0b1110001011000001_u16, 0x800u16) & 0x7_u16) + 1u16) ^ ((0o6u16 & 0x7FFFu16) + (0b1001u16 & 32767) & 32767_u16) + (0x8000u16 & 0o77_777u16);
    for i18 in 1i64..=0x8_i64 {
        let c19: usize = 0b1_1_0_00;
        let c20 = c19 ^ 0x1usize;
        let c21 = 6usize | c19;
        println!("sum = {c21:?} y,{} z{{ = {}, y {} z {}", u32::MAX, 0u8, 0x43 > (0b101i32 & 1073741823) - (0x0 & 1073741823), v17);
    }
    println!("sum");
    println!("out {ck}, tmp,{}, acc {v17}", -106__i8 <= 0x7);
    let mut v22: u64 = (ck & 4294967295) * (ck & 4294967295u64);
    ck = mix(ck, f0(0i32, 2i8, 0x9, 0b1001u8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0b1010_usize, 2, true) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0xC_u8) as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(13i8) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f2(p0: u8) -> u8 {
    if p0 == 0 {
        return f1(0o72usize & 0o17, (0b111111111111111111111111111111 & 0x7fff) * (15i32 & 0x7fffi32), false && 0xF_F_FFF_FFFFFFFFF_F_Fusize == 1_057_6219831_111873_3_12usize);
    }
    for i9 in 0i32..0b10i32 {
        let v10: u32 = 4;
        let v11: i64;
        if (if i9 == i9 { 0x4bisize } else { 0x400000isize }) <= 6 << (0x36_u64 & 63u64) {
            if 6498639072989669704i64 >= -0o1000000000000000000000 || true {
                return ((0x6u8 & 127u8) + (6u8 & 127u8) & 0o17_u8) * (0o261366460535060534632isize as u8 & 0xf);
            }
            let v12 = sub_u32(v10, 1778304428u32);
            v11 = 8;
        } else {
            v11 = add_i64(0x1i64, -0x4i64) / ((45128_u16 as i64 & 7) + 0x1);
        }
    }
    let v13 = f2(p0 - 1);
    ((524288u32 == 0b101011101101101010101110001100u32 || false) != (0b10110011u8 != v13 || v13 >= v13)) as u8
}
