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

fn f0(p0: u16, p1: u16) -> u8 {
    let mut w1 = 0usize;
    while 5 > w1 && 1378488706069254726_isize >= 1_isize {
        w1 += 1;
        let v2 = 5 + (0 >> (23 & 7) & 7) * (mul_i8(7_, -128) & 7);
        let mut p0 = v2 < v2;
    }
    if w1 > w1 {
        let mut v3 = 0b1111111111111111111111111111111111111111111111111111111111111111usize;
        v3 = 8_;
    }
    if -256 < i32::MIN && 8i8 != 64 {
        println!("out {p1}");
    } else {
        let v4: i64 = 1891224340492361059;
    }
    let mut v5 = div_u8(134, 1);
    v5
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v6: u16 = 7;
    let v7: u8 = 5;
    v6 = (if false { v6 } else { 6u16 }) | sub_u16(v6, v6);
    ck = mix(ck, f0(6, 15) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
