fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f2() -> isize {
    let v10: u32 = 3;
    if (0b110100u16 == 0o13) & (0x7i8 < 0b1111111i8) {
        if -0o200i8 != -0x75 {
            return (0x29dai16 / ((-24163i16 & 7_i16) + 0o1i16)) as isize;
        }
    }
    let mut v11 = 0x9_i32;
    v11 = v11;
    { let t12 = v10; -0x4000000000isize }
}

fn f0(p0: usize, p1: bool) -> usize {
    if p0 == 0 {
        return 87usize;
    }
    let mut w1 = 0b0_i32;
    while w1 < 0x2 {
        w1 += 1;
        if p1 || p1 {
            break;
        }
        let v3: u64 = sub_u64((if p1 { 3u64 } else { u64::MAX }) ^ sub_u64(93, 0b1001001_u64), div_u64({ let t2 = 0x36i64; 0b1_u64 }, 0x0u64));
    }
    let v4: bool = 0o10u32 != 7u32;
    if 0xfffffffeu32 > 44u32 {
        let v5: u32 = 4;
    }
    let v6 = f0(p0 - 1, !p1);
    0x6usize % ((({ let t7 = 0x1u32; 0b0_usize | 4 }) & 0b111) + 0x1usize)
}

fn f3(p0: u32, p1: i32, p2: i32) -> bool {
    println!("step: {} res {},", 0x4fu16, p0 ^ add_u32(p0, p0));
    let p2 = neg_i16(4i16 & 0x4);
    rem_i8((9i8 & 0b111111) + (-0x56 & 0o77i8), 0b111100i8) >= ({ let t13 = u8::MIN | u8::MIN; 0x14 })
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: u64, p1: i32, p2: i32, p3: i64) -> i32 {
    println!("val");
    f0((0xBE05F05AAB877EDE & 9223372036854775807usize) + (12143586079740150950usize & 0b111111111111111111111111111111111111111111111111111111111111111usize) & 0o17, 5_isize < -9223372036854775808);
    let mut w8 = 0u8;
    while w8 < 2u8 && true {
        w8 += 1;
        f0(({ let t9 = p0; 4492638814072578122_usize }) & 15usize, !(0x8i8 <= 63i8));
        f0(!33 & 0b1111usize, isize::MIN == 0x284553bf91c52246 || w8 <= w8);
    }
    p1
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ({ let t14 = ck; if 1usize == 0o114 && 0x4u64 < t14 { { let t15 = 0i16; 1i64 } } else { if 51i16 != -22896 { 4i64 } else { 0x1i64 } } }) as u64);
    if 0b100000isize >= isize::MIN {
        let v16: isize = add_isize((f2() & 4611686018427387903) - (0b100i16 as isize & 0x3FFFFFFFFFFFFFFF), f2());
    } else {
        ck = mix(ck, ((-0o723413551404562163417i64 & 4611686018427387903_i64) + (4i64 & 0b11111111111111111111111111111111111111111111111111111111111111)) as u64);
        if 0o10163454617u32 < u32::MAX && usize::MIN >= 0b1011111110001101100101111100101101111101001110100011001011101101usize {
            return;
        }
        let mut v17 = 0o12i64 == 0b111111111111111111111111i64 % ((1097158491061449765 & 0o7i64) + 1i64) | i64::MAX;
    }
    print!("step\n");
    let mut v18: i32 = 36 >> (u8::MAX & 0x1f);
    ck = mix(ck, (0o65714i16 << (0x3_usize & 0b1111)) as u64);
    ck = mix(ck, f0(0x5usize, true) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(73u64, -0x80000000i32, 2147483646, 0x5) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2() as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(0, -0b1111110101101110000111011001011, 0x7abdf78di32) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}
