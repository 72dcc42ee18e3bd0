fn f1(p0: bool, p1: i32) {
    let v3: i32 = 237u8 as i32 | 957248508i32;
    let v4: u8 = if p0 { 43u8 } else { 37 };
    println!("a,{} x,{},", 4294967295u64, 1024usize as u64 >> (div_i32(v3, 918296800) & 63i32));
    let mut w5 = 0u16;
    loop {
        w5 += 1;
        if w5 >= 8u16 {
            break;
        }
        println!("it: {p0}acc\\ {} lo,{}", v3, rem_i32(v3, v3));
        for i6 in -3i16..0o0i16 {
            let v7: bool;
            if -8170655047862877502isize < 0isize {
                v7 = 6i64 == (if p0 { 31_i64 } else { i64::MIN });
            } else {
                v7 = p0;
            }
            let mut v8 = rem_i32(usize::MAX as i32, 2i32 | p1) << (add_isize(-0b100_isize, if 90i64 <= -151151549203182731i64 { 7 } else { isize::MAX }) & 0o37isize);
        }
    }
    let v9: u16 = 128isize as u16;
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: u8, p1: usize) -> i8 {
    if p0 == 0 {
        return div_i8((34i8 & 63i8) - (79 & 63_i8), (64i8 & 7) * (8i8 & 7));
    }
    let v1 = p1;
    let v2 = f0(p0 - 1, p1 << (p1 & 63_usize));
    v2
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
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

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let v10: u8 = (16 & u8::MIN) % ((3i16 as u8 & 7u8) + 1);
    if true {
        ck = mix(ck, ({ let t11 = 0o7i64; div_u8(5, t11 as u8) }) as u64);
        let mut v12 = 4294967295u32 >= 2147483648;
        v12 = v12 || v12;
    } else {
        let v13: i64 = ck as i64;
        let mut v14 = mul_i32(28, 504363550i32);
        f1(i8::MAX == 16, 1 | v14);
    }
    let v15 = (25 & 2147483647i64) * (0i64 & 0b1111111111111111111111111111111);
    let mut v16 = 15i16 != 3i16 && (0i16 != 63) | (-78i8 != 127);
    ck = mix(ck, f0(4_u8, 0b1000000000000000000000000000000usize) as u64);
    println!("f0 = {}", ck);
    f1(true, 63);
    println!("ck = {}", ck);
}
