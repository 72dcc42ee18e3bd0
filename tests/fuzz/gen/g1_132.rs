fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1() -> u8 {
    print!("r,{0:9?}, acc é: {0:=<3} it = {}ck,{:4},\n", 0o125337u16 == 15 && 8i64 == 3, 4611686018427387903i64 <= -3779944595884273992);
    let mut v2: bool = !(i16::MIN >= 0x1f);
    let v3: usize = 288230376151711744;
    if v2 ^ v2 || v2 {
        println!("res");
        f0({ let t4 = 0x8i16; -4 }, 0o72034 & 3659, 85 >> (2u8 & 0o17));
        v2 ^= 4 != -1583352953 && !true;
    } else {
        v2 = v2;
        let v2: u32 = add_u32(32, 3923762404) as u32;
        let v2 = 0b10i16;
    }
    println!("y {:9.1?}", (u16::MIN & 0x7fff) + (1 & 0x7FFF));
    (rem_u8(2i8 as u8, (0u8 & 15) * (0o2 & 15)) & 0o17) * (0b0 & 15)
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if div_u64(9, ck) > 0o4 ^ 18446744073709551614 {
        println!("it {ck:#0?} ck: {:2} val,{}", 0b1u32 <= 0b1111111111111111111111111111111 || ck != 89, true);
        let v5: i32 = (i32::MAX & 32767) * (0xa & 32767);
        if false {
            if 2147483648u32 != 0x6 && ck == ck {
                return;
            }
            ck = mix(ck, ((0usize & 4294967295) * (0o6 & 4294967295)) as u64);
            let v5: i16 = -0o400;
        } else {
            let mut v6;
            if -127i8 <= -8 {
                v6 = usize::MIN >> (f1() & 63);
            } else if 9223372036854775807i64 <= 60 {
                v6 = if 0o31usize == 0o131 { 90usize } else { 0o2000000 };
                let ck: u32 = 13986u16 as u32;
            } else {
                v6 = (0o6 & 9223372036854775807) + (3592536112669490263 & 9223372036854775807);
            }
        }
    }
    let v7: isize = 0x3fffffffffffffff;
    let mut v8 = i64::MIN;
    println!();
    let v9: u32 = 0o2;
    ck = mix(ck, f0(7, 0b1101001010001, 0b11111111) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i32, p1: u16, p2: i16) -> u16 {
    let mut v1: usize = 2708613860174949551;
    println!("step");
    v1 = v1;
    v1 = v1;
    println!("k = {p2}acc: {}z,{}", 4u32, 0b11111010001111000111110100101000001111001011101001000011001001u64);
    0x2 + p1
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}
