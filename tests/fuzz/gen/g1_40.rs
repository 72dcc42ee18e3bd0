fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: i32, p1: bool, p2: usize, p3: u32) -> u64 {
    println!("ck: {p1}d {} z,{}, k}},{},", p2, { let t4 = { let t3 = 16i8; 0o10000000000000000isize }; 0usize as u8 }, true && !(3_u8 == u8::MAX));
    if 1_63_83_i16 < 0x7ffe {
        return p2 as u64;
    }
    if p1 {
        let mut w5 = 0i32;
        loop {
            w5 += 1;
            if w5 >= 2 {
                break;
            }
            let mut v7 = { let t6 = 1053558591_u32; 0b1111_u64 ^ 0x0 };
        }
    }
    let mut v8 = ((0x4 | 16) & 7) * (0o103_u64 as i8 & 7_i8) >> (106i8 & 0b111);
    v8 = (add_i8(v8, i8::MAX) & ({ let t9 = 0x3u8; 1 }) & 7_) * ((!0x1i8 & 0b111111) + (neg_i8(v8) & 63) & 7);
    add_u64(u64::MIN, add_u64(2_56u64 | 0xe0c3f4c3c801c65f, { let t10 = i64::MIN; 0o100_00_0_00_000000000000_00 }))
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: u16) -> usize {
    let mut v1 = p0;
    for i2 in (i16::MAX - 4)..i16::MAX {
        v1 >>= neg_i16(i2) & 15;
    }
    ((0x2usize | 0o100_0_000_0_0_0000_0000_0_000_0usize) - (0x2_E2_6_143_67_50C827_C & 9223372036854775807)) as usize ^ add_usize(0x0 << (0b1000000u8 & 63u8), u32::MAX as usize)
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
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
    ck = mix(ck, (-5080140699952627984isize ^ 0x3D) as u64);
    ck = mix(ck, (-(3_i32 | 0o1) | neg_i32(0x40000000i32)) as u64);
    let v18: u32 = div_u32(div_u32(8u32, if ck <= u64::MIN { 0b10000000000000000000000000000000 } else { 0x2au32 }), !u16::MIN as u32);
    f1(0x9, (0x6447CFB99F30741Fisize < -0o603160402750775345275) != (0x80_u8 < u8::MAX), 5_2_42_8_8usize, v18);
    let mut v18: isize = 0;
    ck = mix(ck, 0x211F577834A3C173i64 as u64);
    ck = mix(ck, f0(16384) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(-0b1101, true, 0b1001_001, 0x7_u32) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0x2, 6i16, 0b1001usize, 0b1001010110101100001001000001010) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn f2(p0: u32, p1: i16, p2: usize, p3: u32) -> isize {
    let mut w11 = 0x0i64;
    let v12: u32 = loop {
        w11 += 1;
        if w11 >= 0x3 {
            break p0;
        }
        let v13 = 1;
        let v14 = rem_u8(1u8, 0x2_3);
    };
    let mut v15: i64 = !w11;
    if !(0x3fffffffffffffffisize == -0x4000000isize || false) {
        let v16 = sub_i32(2147483646, 9_4i32);
    }
    let mut w17 = 0b0i32;
    while w17 < 1i32 {
        w17 += 1;
        if !false {
            continue;
        }
        v15 %= (v15 & 7) + 0x1;
    }
    (0o40000_0_000_000_00_0_000isize & 4611686018427387903) - (0b111111001110001010010111010111001011010001110001100010011010011 << (w17 % ((w17 & 0b111i32) + 1i32) & 0o77i32) & 4611686018427387903)
}
