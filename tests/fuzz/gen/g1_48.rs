fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i7 in 0x1u32..0 {
        if f1(57_, 4, 9, 9) {
            break;
        }
    }
    ck = mix(ck, (((rem_i8(15, 45) ^ mul_i8(21, 0)) & 63) - (80 << (4i32 & 7) << ((if false { 128i16 } else { -1291 }) & 7) & 63)) as u64);
    f1(70isize as i8, (51 & 127) + (0_ & 0b1111111), -1276377136, 56);
    if true == (0x6isize < 0) {
        return;
    }
    ck = mix(ck, f0(-128, -19isize) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(3, 23, -1914920465i32, 75) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: i64, p1: isize) -> i32 {
    println!("z = {}", p0 != p0);
    println!("tmp {} k = {p1} acc {}", -(2i8 | 1) as usize, 66u32 >= 1_);
    if -4423507454477075196i64 < p0 {
        let mut v1: i64 = 69;
    }
    let v2: i32 = if (6u16 < u16::MAX) as isize > p1 << (-83i8 & 6_3) { !((809029183 & 32767) * (-1 & 0x7fff)) } else { -(-1780546570 ^ 688402952 | 1) };
    sub_i32(v2, (73usize << (p0 & 0x3f)) as i32)
}

fn mul_i8(a: i8, b: i8) -> i8 {
    if a > 0 {
        if b > 0 {
            if a > i8::MAX / b {
                return a;
            }
        } else if b < i8::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i8::MIN / b {
            return a;
        }
    } else if a != 0 && b < i8::MAX / a {
        return a;
    }
    a * b
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn f1(p0: i8, p1: u8, p2: i32, p3: isize) -> bool {
    let mut w3 = 0u8;
    while w3 < 6u8 {
        w3 += 1;
        let v4: bool;
        if 4i16 <= 4_i16 {
            v4 = ({ let t5 = 0x43i64; 3isize }) == isize::MAX;
        } else {
            v4 = (i16::MIN & 16383) + (-2 & 0x3fffi16) <= (-32768 & 16383) + (4095 & 0x3FFF);
        }
        if !v4 {
            return !(134217727usize >= 4);
        }
    }
    let mut w6 = 0usize;
    loop {
        w6 += 1;
        if w6 >= 4usize {
            break;
        }
        if true || false {
            break;
        }
    }
    add_i64(sub_i64(6, 4035906850947725304), neg_i64(1)) <= -(-(63 | 1i64) | 1)
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}
