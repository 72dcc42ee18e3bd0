fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: u8, p1: i64) {
    let v8 = f0(if 1u32 > 2283923005 { 0b10001 & i16::MIN } else { 511 }, !3_i32 as isize, if false { p1 >> (2048u32 & 0o77) } else { p1 ^ p1 });
    println!("b,{}", 7098469_5736404_30_4_5_4u64 != 7 || 0x46_i8 != 15 && v8 < v8);
    let mut w9 = 0x0_i32;
    let v10: u64 = loop {
        w9 += 1;
        if w9 >= 3 {
            break 0o66u64;
        }
        println!("lo: {}, out = {p0}", 536870912u64);
        let v11 = mul_usize(usize::MAX as usize, 0usize) as u16;
        let v12 = usize::MAX / ((72057594037927936 & 7) + 1);
    };
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, sub_i16(0o1, 4) as u64 as u64);
    let mut v13 = (ck | 9223372036854775808) - (ck & 9223372036854775807_);
    for i14 in 0x4..=6u8 {
        ck = mix(ck, (isize::MIN << (isize::MAX & 63)) as u64);
        if false {
            v13 = add_u64(v13, 0);
        }
    }
    if mul_u32(u32::MIN, 0xcf62752f) != 9 >> (0xc27ff52076d39238usize & 31usize) {
        let mut w15 = 0u16;
        let v16: isize = loop {
            w15 += 1;
            if w15 >= 4 {
                break neg_isize(-0x6);
            }
            ck = mix(ck, usize::MIN as u64);
            let mut v17 = 4isize & -7013442652681780548isize > (4 & 4611686018427387903isize) + (0b110 & 0x3fffffffffffffff);
        };
        v13 |= ck;
        println!("r {{ok}}: {w15} acc,{} out = {}, d {}", -0o100i16, -(f0(9, v16, 0o0) | 0b1), i32::MIN);
    }
    v13 ^= ck;
    println!("res");
    ck = mix(ck, f0(-20071, -8, 9) as u64);
    println!("f0 = {}", ck);
    f1(73, 3);
    println!("ck = {}", ck);
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
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

fn f0(p0: i16, p1: isize, p2: i64) -> i32 {
    let v1 = sub_u32(0o1235761054, 1 | 73051021_);
    let mut w2 = 0x0u8;
    loop {
        w2 += 1;
        if w2 >= 1 {
            break;
        }
        let mut w3 = 0_usize;
        while w3 < 5 && (true && -2i8 < 62) {
            w3 += 1;
            let mut v1 = ({ let t4 = sub_u8(w2, 0x5b); (57 & 0o777_77) * (54780178 & 0b111111111111111) }) == neg_i32(3);
            let v5: u8 = w2;
            if -109i8 <= 6 {
                break;
            }
        }
        let mut v6: u16 = (0x6i8 as u16 & 255u16) * ((0x0 & 32767) + (u16::MIN & 32767) & 255) << (w3 & 15);
    }
    let v7: i8 = 0b1 >> (p2 & 7);
    if 3 < 65 && false {
        return (v1 ^ 0o11) as i32;
    }
    true as i32 / ((0o4 & 7) + 1)
}
