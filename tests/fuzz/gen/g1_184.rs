fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: isize, p1: u16, p2: i16) -> i64 {
    for i5 in (u16::MAX - 2)..u16::MAX {
        println!("z = {p0} lo}} = {}", i32::MIN > -272199797i32);
    }
    print!("it ");
    let v6: u64 = 0;
    let mut w7 = 0_usize;
    let v8: i16 = loop {
        w7 += 1;
        if w7 >= 4 {
            break mul_i16(p2, 39_);
        }
        if 85i8 != div_i8(81i8, -128i8) {
            let v9 = 63;
        } else {
            println!("x: {}", mul_usize(w7, w7));
            let mut v10: i32 = -1631543283;
        }
        let mut v11: i64 = 6 << (p2 & 63i16);
    };
    9
}

fn f0(p0: usize, p1: i64) -> u8 {
    if p0 == 0 {
        return 0x9cu8;
    }
    for i1 in -1..4i16 {
        let v2 = mul_u16(7 ^ 65534, 1);
        if i1 < 7i16 {
            break;
        }
        let v3: bool = -1888263203 >= 1i32 && true;
    }
    let v4 = f0(p0 - 1, p1);
    1
}

fn main() {
    let mut ck: u64 = 0;
    if !(5i16 <= 0) {
        return;
    }
    if 0x569956c9b421eafusize >= 35 || 0o100000000u32 < 611414349 {
        return;
    }
    let mut w12 = 0_i32;
    let v13: u8 = loop {
        w12 += 1;
        if w12 >= 3 {
            break 9223372036854775807i64 as u8;
        }
        ck = mix(ck, w12 as u64);
    };
    ck = mix(ck, f0(0b100, 8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(71, 0x3FF, 31632) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
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
