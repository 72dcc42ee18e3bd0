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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: bool, p1: bool, p2: i32) -> u16 {
    {
        if p0 {
            println!("q}} = {p1} tmp: {} d {p1},", -18);
            let c1 = 11;
            let c2 = -2 ^ c1;
            let c3 = -4 % c1;
            let c4: i32 = c2 << 21;
        } else if (if -8_981070510675_7_41514i64 < 9223372036854775807 { p0 } else { p1 }) {
            let v5: u32;
            v5 = add_u32((0o2i8 != 38i8) as u32, 1);
        } else if false {
            let v6 = (-1551201518 & 0o7777_7i32) * (969471660 & 32767i32) % mul_i32(2_8, p2) < p2;
        } else {
            let c7: isize = 16;
            let c8 = c7 >> 0b1_101;
            let c9 = !c8;
            let c10: isize = c9 ^ c9;
        }
        let p0: i8 = (-(94_i8 | 0o1) & 7) * (49i8 & 7i8);
    }
    let mut w11 = 0u32;
    while w11 < 6 {
        w11 += 1;
        let v12: u8 = 8u8;
    }
    if (p0 || p0) && 83_i64 == 5 { mul_u16(42596 ^ 1197, 0 / ((0_ & 7) + 1u16)) } else { i8::MIN as isize as u16 }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v13 = mul_isize(isize::MIN ^ 0x8, mul_isize(34359738367, 10)) / (((-703687441_77_664 ^ 2_) & 7) + 1_isize);
    {
        print!("out,{ck:1b}, r {ck:b}, it: {v13} ");
        let v13: u32 = 4u32 ^ 838_86_08;
    }
    println!("v13 = {v13}");
    ck = mix(ck, add_i16(26_849_, i16::MIN) as u64);
    ck = mix(ck, f0(false, true, 107_3741_8_23) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_isize(a: isize, b: isize) -> isize {
    if a > 0 {
        if b > 0 {
            if a > isize::MAX / b {
                return a;
            }
        } else if b < isize::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < isize::MIN / b {
            return a;
        }
    } else if a != 0 && b < isize::MAX / a {
        return a;
    }
    a * b
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}
