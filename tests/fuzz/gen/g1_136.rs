fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: i32, p1: u64, p2: i32) {
    let v3 = 16i64 as i64;
    println!("tmp: {p2}, z: {p0:00.2} lo,{}step = {0}k {p0:20.3}", p1);
}

fn f0(p0: i8, p1: u16, p2: isize) -> i64 {
    let v1: i64 = add_i64(2, 0o72_i64);
    let v2 = mul_isize(mul_isize(p2, p2), div_isize(p2, p2)) as u8;
    v1
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v5 = ck as i8 >> (5i64 as i32 as u32 & 7);
    if i64::MIN > -0x3C9B7569D6A7B2E2 && true {
        if !true {
            ck = mix(ck, 9_i64 as u64);
            let mut v6 = ck;
        } else if !true {
            println!();
            ck = mix(ck, (0i64 > -0o10554407524136623274) as u64);
        } else if false {
            println!("a {{ok}},{:^x}, y {0} lo {ck},", (16_usize / ((37 & 7) + 0b1) | 0x8000000000000000) - ((1 | 0b1111111111111111111111111111111111111111111111111111111111111111) & 9223372036854775807usize));
            let v7 = !(i64::MAX as i8 == v5);
            let v5 = 0o74034 % ((511 & 0x7) + 1) | u16::MIN / ((58435 & 7u16) + 1u16);
        } else {
            let v8 = -19i32 as i32 | div_i32(57, 8_i32);
            let v9 = u32::MIN / ((6u32 & 7u32) + 1) | (33554431u32 & 2147483647) + (4294967295 & 2147483647_u32);
        }
        let ck: u64 = i64::MIN as u64;
    }
    let v10 = !12u8;
    if 6106541397663194846usize <= 6usize {
        let mut w11 = 0o0i64;
        while w11 < 4 {
            w11 += 1;
            println!("out {{ok}} = {v10} k: {v5:3} k,{0},", 4i32 | 0b1101101110110111010001100001i32);
            println!("r");
            ck = mix(ck, 0o100000000000000000000i64 as u64);
        }
        {
            let mut v12 = (2064863808_u32 <= 4294967295) & (1 == -0o1);
            let v10: i64 = w11;
        }
        println!("v10 = {v10:x}");
    }
    let mut v13: u32 = u32::MIN;
    ck = mix(ck, f0(0o55i8, 0, 9152257189866840188) as u64);
    println!("f0 = {}", ck);
    f1(63, 5u64, 716781040);
    ck = mix(ck, f2(0o7777, 2) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
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

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn f2(p0: u32, p1: u16) -> u32 {
    let v4: isize = ((0o2isize & 4611686018427387903) + (3273662120482976317 & 0b11111111111111111111111111111111111111111111111111111111111111) & 4611686018427387903isize) - (div_isize(262144, 0b101010001001011000111101001110000111101011001100000001010100110) & 4611686018427387903);
    println!("step");
    (p0 >= add_u32(p0, p0)) as u32
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
