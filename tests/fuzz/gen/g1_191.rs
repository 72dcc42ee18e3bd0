fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if false || false {
        println!("r: {} x: {} d {} q,{ck}", (0x8u8 & 127u8) + (!2_54 & 127u8), (3831760760u32 & 2147483647u32) + (0o17777777777u32 & 2147483647u32), -0x7ef28a1ed26b3b37isize as usize);
        f0(add_u32(2649715929u32, u32::MAX), mul_usize(0usize, usize::MIN), i32::MIN, 8usize as u64);
    } else {
        println!("z,{} tmp {} val: {},", mul_i32(-182908373 | i32::MIN, 30 << (9i64 & 31)), 82u64, 7usize);
    }
    println!("res");
    let mut w4 = 0i32;
    while w4 < 8i32 {
        w4 += 1;
        let mut v5: isize = if div_u64(ck, ck) == (u64::MIN & 4_29_4_9_6729_5) * (ck & 4294967295) { (mul_isize(isize::MAX, 1) & 46116_8601_8_42_7387903isize) - (rem_isize(8, 1) & 0o377777777777777777777) } else { (true || ck != ck) as isize };
    }
    if true {
        let mut w6 = 0u8;
        let v7: i16 = loop {
            w6 += 1;
            if w6 >= 0o10u8 {
                break 7i16;
            }
            println!("n,{ck},");
            let mut v8: i16 = 1_i16;
        };
        if usize::MIN >= usize::MAX && 0i64 > 2_i64 {
            print!("acc {} lo{{ {}, ", 4611686018427387904i64 / ((({ let t9 = i8::MIN; 64i64 }) & 7i64) + 1i64), 2431414622779941528_usize < 0b101usize);
            println!("x = {ck}q {w4}");
            ck = mix(ck, (0usize << (4u32 & 63u32)) as u64);
        } else if true {
            println!("k = {}q {w4}", 1i64);
            ck = mix(ck, ((if true != (19410u16 > 32768) { 0u32 as u8 } else { w6 }) / ((w6 & 7u8) + 1u8)) as u64);
        }
    } else if !(127i8 <= 0o177) {
        if -(0isize | 1isize) != (if 81u8 == 9 { -1 } else { -12isize }) {
            let mut v10 = ck;
            let v11 = w4;
            println!("y");
        }
    } else {
        let mut v12 = (2isize & 2147483647_isize) * (!isize::MIN & 15_isize & 21_474_83647);
    }
    println!("a = {}acc: {ck} tmp,{}, a,{}", usize::MIN, ck, (-9223372036854775807i64 & 4611686018427387903i64) + (95_i64 & 4611686018427387903i64) << (8i8 & 0x3Fi8));
    let v13 = w4;
    f0(13u32, (52usize & 4294967295__usize) * (15usize & 4294967295usize), v13 % ((v13 & 7i32) + 1i32), 8u64 % ((ck & 0o7__u64) + 1));
    ck = mix(ck, f0(0x0, 8, 1, 1_844_6_744073_7095_51_614_u64) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
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

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
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

fn f0(p0: u32, p1: usize, p2: i32, p3: u64) -> i64 {
    let mut v1 = if 9u64 != 4u64 { -7767390032949023419 ^ 7262407543585713459 } else { (3 & 4611686018427387903isize) + (-1780144164179735952isize & 4611686018427387903isize) };
    let v2: bool = p1 <= p1;
    let mut v3: i64 = 55i64;
    8151273458727235133_i64
}
