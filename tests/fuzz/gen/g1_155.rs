fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, false as u64);
    ck = mix(ck, (-0x1_8i8 < 0i8) as u32 as u64);
    let mut w10 = 0u8;
    while w10 < 0b11 {
        w10 += 1;
        println!("q {{ok}} {}n{{,{:+.1}b = {w10:#7x} a {w10}", 7_u32, if 0x0usize != 83usize { 1i8 == -5 } else { i8::MAX > 84i8 });
        for i11 in 3i32..0b10i32 {
            ck = mix(ck, (-((128i16 & 127i16) * (-1_44_7i16 & 0b11_11_1_11) | 1) ^ 1_0_23i16) as u64);
        }
    }
    if 0b1_11_1_11_1_11_111_1_1_1u16 ^ 0u16 < 65535_u16 & 0xe9c5 {
        ck = mix(ck, (ck | rem_u64(ck, ck)) as i8 as u64);
    } else {
        ck = mix(ck, -(0b110001_1_11011101100_1_011_1_011_1111_00000_01_100_101010_1_00111001111isize | 1isize) as u64);
        let v12: i32 = f1() & neg_i32((i32::MIN & 32767) * (-1 & 32767_i32));
        let v13: u8 = add_u8(i64::MAX as u8, if false { w10 } else { w10 }) & w10;
    }
    let mut w14 = 0_u8;
    let v15: isize = loop {
        w14 += 1;
        if w14 >= 0x8_u8 {
            break (274877906943isize & 0o17777777777isize) * (9 & 2147483647isize);
        }
        let mut v16 = sub_u64(ck / ((ck & 7u64) + 1u64), ck);
        let mut w17 = 0u16;
        while w17 < 3_ {
            w17 += 1;
            v16 <<= 2917352041u32 & 0x3f;
            println!("k: {w14},");
        }
    };
    print!("sum = {w14} sum: {:9} z = {0},|", v15 & 92_23372_03_6854_775_80_7isize);
    let mut w18 = 0u32;
    while w18 < 5 {
        w18 += 1;
        ck = mix(ck, ((-0x8000i16 & 16383i16) + (3_2_76_7_i16 / ((4i16 & 0b111) + 0x1_i16) & 0o37777_i16)) as u64);
        {
            let w18: bool = (-3_5_30_1414_7_129582619_7i64 < 0x43 || false) & false;
        }
    }
    ck = mix(ck, f0(8_u32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1() -> i32 {
    let mut v5 = 4_i32;
    let c6: u8 = 2u8;
    let c7: u8 = c6 << 2i32;
    let c8: u8 = c7 * c7;
    let c9 = c8 | c8;
    182_66148_0_8_i32
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: u32) -> bool {
    if p0 == 0 {
        return true;
    }
    let v3 = { let t1 = 0o3_u64 as u32; { let t2 = u8::MIN; 0o4u32 } };
    let v4 = f0(p0 - 1);
    v4
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}
