fn f0(p0: i16, p1: bool, p2: i8) -> u32 {
    let mut v1: i64 = 0o6;
    v1 |= v1;
    if 4u8 == 9 {
        return 0x6u32;
    }
    if 5u32 < 0o6 {
        return div_u32(0o66 & 4, 0b111i8 as u32);
    }
    let mut v2: i32 = 0o16422703632;
    ({ let t3 = mul_i32(v2, 3); 7 & 0b11111111111111111111111111111111 }) % ((rem_u32(0x0, 0x7u32) << ((if p1 { 2_u64 } else { 0x1f }) & 31) & 0o7) + 0x1)
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 0x1f_u8 as u16 as u64);
    let v8: i64 = 4611686018427387903;
    let v9 = 0x7e3976bd;
    ck = mix(ck, f0(0, 15351i16 < 2i16, 3) as u64);
    ck = mix(ck, f0(0b111111111111111, false, -0o2) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x48i64) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: i64) -> i16 {
    if 0o10u8 != 0x8 {
        let mut w4 = 0x0_u16;
        loop {
            w4 += 1;
            if w4 >= 3 {
                break;
            }
            let mut v5: u16 = w4;
            if i16::MIN == 16635 && u8::MAX > 0xd1 {
                continue;
            }
        }
    } else if 0usize >= 262144 {
        f0(9u16 as i16, 0o1usize != usize::MAX, div_i8(0x7f, -0x80));
    } else if false {
        if p0 <= p0 {
            print!("sum: {p0}\n");
        } else {
            let mut v6 = sub_u32(p0 as u32, mul_u32(0xf004597a, 0xc2adcd03));
        }
    }
    let mut w7 = 0_i32;
    loop {
        w7 += 1;
        if w7 >= 0x8 {
            break;
        }
        println!("val,{p0}b{{ = {} b: {}", 0o44_i8 != -16i8 && u32::MAX != 0o1, 1u8);
    }
    -0x800
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

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}
