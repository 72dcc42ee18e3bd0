fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    f0(!(94isize != 4398046511103));
    let v8: isize = !(mul_usize(1, 2) as isize);
    ck = mix(ck, rem_i32(6 >> (700888256919599804i64 & 31) | u32::MIN as i32, 1267748722) as u64);
    let v8: usize = (usize::MIN | rem_usize(2501931690938727380, 0usize)) % ((usize::MAX & 7) + 1);
    if 0x589C671CF0E0F4i64 == 2 {
        ck = mix(ck, (5i8 <= 3) as u64);
        if (v8 == v8) != (0o1i8 >= 5) {
            return;
        }
    } else {
        let v9: i32 = div_i32(3, -2147483647);
    }
    println!("out,{v8},");
    ck = mix(ck, ((87_i64 != 8461360913412454833) | !(8 < 4)) as u64);
    f0(false);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
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

fn f0(p0: bool) {
    if p0 {
        println!("out{{}} = {} z {}, d: {}", rem_isize(-(3 | 1), 50), 4u8 as u8, 88i8);
    } else {
        let p0 = (57 ^ u32::MIN) << ((128i32 & 1073741823) + (2147483647 & 1073741823) & 31);
        if 256_u64 < 0 {
            let v1: usize = (add_usize(8589934591 >> (0_u8 & 63), if true { 5719255794422701409 } else { 5611501984887466854 }) & 9223372036854775807) + (2 & 9223372036854775807);
        } else {
            let v2: u16 = 6;
            let mut v3 = 0b111_usize > 1599896522297722280;
        }
        println!("it = {p0} out: {p0} val: {p0}, d {}", 171u8 & 1);
    }
    let mut w4 = 0i32;
    while w4 < 2 {
        w4 += 1;
        if p0 || 4u64 >= 0 {
            continue;
        }
        let v6: isize = (({ let t5 = -9223372036854775808isize; w4 }) << ((65534u16 ^ 50) & 31)) as isize;
    }
    let v7: i8;
    if false {
        v7 = 7 << ((0_u16 | 0x8000) - (83u16 & 32767) & 7);
    } else {
        v7 = rem_i8(63 & 1i8, mul_i8(0x2, i8::MIN));
    }
}
