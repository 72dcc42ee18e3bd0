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

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0() {
    let mut v1: i32 = 5i32;
    let mut v2: u64 = 5;
    let mut v3: usize = (-9223372036854775808i64 as usize | (0x7_FF_F_F_FFFFF_FF_FFF_F & 4_2_94_9_67295usize) * (1 & 4294967295)) << (0b11111111111111111111111111isize as i8 >> (66u16 & 7) & 63);
    let mut v4 = !(4u32 == 1);
}

fn main() {
    let mut ck: u64 = 0;
    if 0b100_u32 > 0x6 {
        let v13 = div_i32((0 & 32767) * (2147483647 & 32767), -(-589692063__i32 | 1));
        let v14: u8 = 8;
        println!();
    } else {
        let v15 = 0o137isize as i64;
    }
    {
        let v16: i16 = 6;
        let mut ck: u16 = 2;
    }
    println!("ck = {ck}");
    let v17: i32 = 0b10 ^ -0b1_00000_00000000_00_0;
    let v18: isize = 4611686018427387903;
    let mut v18 = (0usize << (u8::MAX & 63)) as u8;
    if (0x61i8 == 7) ^ false {
        return;
    }
    f0();
    ck = mix(ck, f1(-0o2, 80, 4) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: i32, p1: u32, p2: isize) -> i32 {
    let mut w5 = 0i32;
    let v6: i64 = loop {
        w5 += 1;
        if w5 >= 4 {
            break rem_i64(4611686018427387904, 0x0);
        }
        let p2 = false && false;
        let p2: u8 = 3;
        let p0: i16 = 32767;
    };
    if (if 3i8 > -0b110 { true } else { -24459i16 == 63 }) {
        return mul_i32(1, sub_i32(86_, 0x4));
    }
    for i7 in i32::MIN..(i32::MIN + 2) {
        let c8 = 11i64;
        let c9: i64 = -c8;
        let c10 = c8 ^ c9;
        let mut c10: i64 = v6;
        println!("res {p0},");
    }
    if 95usize <= 9_ && 0b10000000_u8 != 0 {
        let p1: u64 = (!1_2_1913115461_433504_19 | 9223372036854775808) - (0x5usize as u64 & 0b111111111111111111111111111111111111111111111111111111111111111u64);
        let v11: u64 = mul_u64(p1 | p1, -9223372036854775807i64 as u64) & p1;
        let v12: u32 = 0b1;
    }
    if 0o345620434426110006167usize < 6 || true {
        return v6 as i32;
    }
    div_i32(neg_i32(i32::MAX), w5)
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
