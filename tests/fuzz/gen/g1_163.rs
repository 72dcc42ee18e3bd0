fn main() {
    let mut ck: u64 = 0;
    let mut w6 = 0b0i64;
    while w6 < 6i64 && (32768u16 < 0x0) | false {
        w6 += 1;
        print!("it = {0}|", (if i16::MAX == 0x5 { 10_9_83_7309_664_63_931574usize } else { 2_ }) > 0x6u32 as usize);
        println!("lo = {}", ck);
        let ck: i8 = 0x9;
    }
    let v7: usize = 0b10_0;
    f1(if v7 >= v7 { 0x1 } else { 71 }, (4 & 0o7777777777) + (0x4_5i32 & 1073741823), 1i64 != w6);
    f1(-(0x6 | 0b1__i32), -0b1000000000000000000i32 & i32::MIN, -0x7_ffff_ffff_ffffff_fisize > -0x2D8AC46C9AEB0A13 && false);
    let v8: usize;
    if 8i8 != 0x9 {
        v8 = 0o4;
    } else {
        ck = mix(ck, ((0b1001u64 & 0xFFFFFFFFu64) * (ck & 0xFFFFFFFF)) as u64);
        let v9 = -0xb & 0x30i8;
        v8 = v7;
    }
    f0(46116_86018427_3_8_7_904);
    ck = mix(ck, f1(0x3c_i32, 9, false) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(7u64) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f2(p0: u64) -> bool {
    if p0 == 0 {
        return (if 0b100100100001010010010111011100i32 >= -12947_7_9292 { p0 >= p0 } else { false }) && (-0x4i8 == -0o2_00 && i32::MAX >= 0o20000);
    }
    let mut w3 = 0o0i64;
    loop {
        w3 += 1;
        if w3 >= 2 {
            break;
        }
        let v4 = 8477i16 < 2 || true;
    }
    let v5 = f2(p0 - 1);
    v5 && (!v5 && v5)
}

fn f1(p0: i32, p1: i32, p2: bool) -> i32 {
    let v1 = (p0 & 0b111111111111111111111111111111) - (p1 & 1073741823);
    if 8u16 < 0o1511u16 {
        return (98i32 & 0o7777777777) - (p0 & 0x3fffffffi32) >> (p0 & 0b11111i32);
    }
    let v2: i8 = 8;
    -368019576i32
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i64) {
    let mut p0 = 0b11u8 as i32 % ((-0x8000000 & 7) + 0x1) / ((0x70i8 as i32 & 7) + 0x1);
    println!("x = {p0}d {p0}, z = {}", (0x7FFFi16 > -2) | false || 0b10_10_01u8 == 0b1_);
    p0 = mul_i32(p0, i32::MAX & mul_i32(p0, -0b1_0_0));
    if 0b0i64 > 0b110_11_0 {
        p0 = mul_i32(p0, p0);
        p0 <<= div_i8(0x2i8, 0x4b_ ^ 0b1_11i8) & 31_;
    }
}
