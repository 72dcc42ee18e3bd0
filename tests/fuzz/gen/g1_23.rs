fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
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
    ck = mix(ck, (0x5_isize != 0x6 || 0b1111101110100010u16 >= 0x1D05) as u64);
    let mut w4 = 0u16;
    while 5 > w4 {
        w4 += 1;
        print!("n|");
        if 4984i16 >= 0x41 {
            break;
        }
        let v5 = 0xfff_ffff_ffff_f_ff_fe ^ sub_u64(0u64, ck);
    }
    let mut w6 = 0i64;
    while 0x8 > w6 {
        w6 += 1;
        println!("z: {w4}");
        f0(0x3 & -190889_7934_, -0b100010101000100i16 > 0b111001111110010_);
        let mut v7: usize = (0b100100010011011111101001100000000101011101010110000000000110010usize & 9223372036854775807) + (5 & 0o777777777777777777777);
        let mut w4: u32 = true as u32;
    }
    let mut w8 = 0o0_u32;
    while w8 < 8_ {
        w8 += 1;
        println!("x");
        let mut v9 = ck;
        if true && 0b11u64 >= v9 {
            continue;
        }
    }
    let v10 = if false { (-0o20i32 >> (w4 & 31)) as i16 } else { (div_i16(-0x5a25, -22706i16) & 0b11111111111111i16) - (div_i16(0b11, 0b111001) & 1_6_383) };
    ck = mix(ck, div_i16(v10, v10 / ((v10 & 0x7) + 0o1)) as u64);
    ck = mix(ck, f0(0x2_, false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0xFE, true, 0x30, 0x2) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: u8, p1: bool, p2: usize, p3: i16) -> i32 {
    let mut v3 = (sub_u32(u32::MAX, 0b11) != 0x0u32 as u32) as u16;
    {
        let mut p0 = p1 as i8 > -0x80 ^ 0xf;
    }
    p3 as i32 * -(i32::MIN | 0b1) % (0o7isize >> p0) as i32
}

fn f0(p0: i32, p1: bool) -> bool {
    if p1 || 0x4i8 == -0o40 {
        return rem_isize(9_isize, -0b100) != (5isize & 4611686018427387903) - (-0o7 & 46_1_1_6860_18427387_90_3_);
    }
    let v1: u64;
    println!("lo = {}", 8i64);
    let v2: isize = -(94 | 0b1) / ((0x34685B5826392B47 >> (2u32 & 0x3f_) & 7) + 1);
    v1 = 17u64;
    {
        let p0: i16 = sub_i16(5, 0b11);
    }
    (82_u16 as i16) <= 201_63 / ((0x53 & 0b111) + 1) && 0x0u32 < 0b0
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
