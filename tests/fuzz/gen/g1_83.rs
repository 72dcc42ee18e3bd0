fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 0u8 as u64);
    f0(true as isize, ck << (0o23046u16 & 63), 0xffffffffffffffff >> (7_i64 & 63i64));
    println!("a,{}", !(0u32 == 2));
    ck = mix(ck, f0(2, 0x0, 0b111) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(1) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0x9) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: isize, p1: u64, p2: usize) -> u64 {
    let mut p2 = p1;
    let v1: isize = 2208760524737517270;
    -(8_i16 | 0o37777 | 0o1i16) as u64
}

fn f2(p0: u64) -> u8 {
    if p0 == 0 {
        return (0b1000 | 0o200) - (sub_u8(0x1, u8::MAX) & 127);
    }
    let v7: usize = -19i32 as usize >> neg_i8(0x9) << (neg_i8(6) & (0b100101_0 & 7) * (73 & 0b111));
    let v8 = f2(p0 - 1);
    232 << ((sub_u16(0o12_2_65_1u16, 0b111111111111) | 0b1000000000000000) - ((0o63 | 32767) & 32767) & 7)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: usize) -> i8 {
    if p0 == 0 {
        return 1;
    }
    for i2 in -1i64..7 {
        let v3: u8;
        if 0x1du16 >= 15 {
            v3 = 8;
        } else if 0o7_7_77_7 > 64 | 0o5460552466 {
            v3 = rem_u8(254, 12991394224990310002u64 as u8);
        } else if (i16::MIN & 127) * (0x5i16 & 0x7F) == (-0o4 & 163_83) + (4 & 16383) {
            v3 = 0o5;
        } else {
            v3 = 0b0 / ((2u8 & 0x7) + 1) << (0x7fffffffu32 >> (0x80000000_u32 & 31u32) & 0b111);
        }
        let mut v4 = 0x5;
        let mut v5: u32 = 1;
    }
    let v6 = f1(p0 - 1);
    v6
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
