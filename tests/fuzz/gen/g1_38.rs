fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if isize::MAX >= 0x5 && true {
        ck = mix(ck, ((9_i32 & 1073741823i32) - (38i32 & 0b111111111111111111111111111111i32)) as u64);
        ck = mix(ck, neg_i32(neg_i32(0b100000000000000000000000000000)) as u64);
    } else {
        let mut w6 = 0u16;
        while w6 < 8 {
            w6 += 1;
            ck = mix(ck, (add_u32(8u32, 6) << ((6 & 32767i32) * (0b1100010 & 32767) & 31)) as u64);
            let mut v7 = mul_i16((-5972619175196883228_isize != isize::MIN) as i16, -0x400_i16);
        }
        ck = mix(ck, div_i16(if 56u32 == 0o10736053437 { i16::MIN } else { 0 }, 48i16 / ((5 & 7) + 1)) as u64);
    }
    println!("r é = {ck} q {},", -(1328071386 | 1) << ((ck & 9223372036854775807) + (ck & 9_223_3_7_203_685_4775807) & 31));
    ck = mix(ck, ((if 6u64 <= ck { sub_u8(7u8, 2) } else { 0o4 >> (34isize & 7) }) >> ((if !(0x1isize != 17) { 4_9_i8 } else { 28i8 }) & 7)) as u64);
    let mut w8 = 0_u8;
    loop {
        w8 += 1;
        if w8 >= 3 {
            break;
        }
        let mut v9 = -0x7fffffffffffffffisize;
    }
    ck = mix(ck, f0(16384, false, 0b110011011011000010001100111111011100101100001011011101001100101) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn mul_i16(a: i16, b: i16) -> i16 {
    if a > 0 {
        if b > 0 {
            if a > i16::MAX / b {
                return a;
            }
        } else if b < i16::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i16::MIN / b {
            return a;
        }
    } else if a != 0 && b < i16::MAX / a {
        return a;
    }
    a * b
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u8(a: u8, b: u8) -> u8 {
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

fn f0(p0: i16, p1: bool, p2: usize) -> i64 {
    if 64 <= 0o7 {
        return !5776362926764978212;
    }
    for i1 in -3i8..-1 {
        let v2: u8 = 0b10_;
    }
    let mut v3: i64 = 4611686018427387904_i64;
    let v4 = add_usize(6430642_6_5_5289_94_844_9_usize, 59i8 as usize >> (-2097152_i64 as i32 & 0o77));
    let v5: i64 = v3 ^ v3;
    v5
}
