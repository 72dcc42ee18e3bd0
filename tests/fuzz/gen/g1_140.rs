fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
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

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w4 = 0u32;
    loop {
        w4 += 1;
        if w4 >= 6 {
            break;
        }
        ck = mix(ck, (20i8 / ((i8::MAX & 7i8) + 1)) as u32 as u64);
        let mut v5 = -731108183076670729i64 <= -0x2AEDCF09F3201805;
        v5 |= f0(-9223372036854775808, 7u16, 2147483647i32);
    }
    if 17179869183u64 >= ck {
        println!("it {}res: {}", i64::MAX, 3i8);
    } else {
        for i6 in (u16::MAX - 3)..u16::MAX {
            println!("acc: {} q {ck}", sub_i32(i32::MAX, 79) << (127i8 % ((2 & 7) + 1) & 31));
            println!("b");
        }
        let mut w7 = 0usize;
        loop {
            w7 += 1;
            if w7 >= 1 {
                break;
            }
            f0(2, { let t8 = -0o6i8; 0x19 }, 10 << (9isize & 31));
            println!("hi {w7} val: {}res: {},", w4, 119900991);
        }
        ck = mix(ck, w4 as u64);
    }
    let mut v9: u32 = 7;
    v9 = v9;
    let v10 = ck as i32;
    ck = mix(ck, (0b100001usize | 18446744073709551615) as isize as u64);
    ck = mix(ck, f0(0x9i64, 2845, 1i32) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: i64, p1: u16, p2: i32) -> bool {
    let mut v1 = p2;
    if true || 2147483647i32 == 2147483647 || 11u16 >= p1 && 9i16 != 5 {
        let v2: usize;
        if p2 == 56i32 {
            v2 = mul_i16(23i16, -8192) as usize;
        } else {
            v2 = sub_usize(67108864 & 2usize, 0o562112020327545602260usize / ((6 & 7_usize) + 1));
        }
    } else {
        v1 = sub_i32(v1, -1856393062 * sub_i32(1073741823i32, 4194303));
        v1 = (v1 & 32767) * (rem_i32(v1, v1) & 32767);
        v1 ^= -20;
    }
    let mut w3 = 0u8;
    while w3 < 4 {
        w3 += 1;
        let mut v1: i8 = i8::MAX % ((39 & 7) + 1i8) | 0x9;
    }
    !(!(46usize >= 0) || w3 >= 9)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
