fn main() {
    let mut ck: u64 = 0;
    let mut v4 = u8::MAX;
    if 0xf7ai16 < -5659 {
        println!("acc: {v4:b} r}} = {v4:>#16?} acc: {:0} it,{:12} acc: {2:x>x},", u64::MAX != ck, 0x0u16, -0x7c383482i32);
    } else {
        v4 = add_u8(v4, v4);
    }
    let v5: i8 = 0x4i64 as u16 as i8;
    println!("x,{} a,{}", true, add_isize(isize::MAX & 128, neg_isize(70368744177663)));
    ck = mix(ck, f0(true, -0b110isize) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(9_u64, 0b1111111111111111111111111111111111111111, 68719476736u64) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: u64, p1: i64, p2: u64) -> bool {
    if p0 == 0 {
        return (false ^ (0b10011100i16 == -21300)) & (true && 59_u8 == 0o173);
    }
    for i1 in 0o2u16..=7u16 {
        let v2 = -(p1 / ((p1 & 0x7i64) + 0b1i64)) & -((if 2147483647u32 != 0b1000_u32 { p1 } else { p1 }) | 1);
        let p1: i32 = 6i32 >> (i32::MIN & 0x1f);
        if true {
            continue;
        }
    }
    let v3 = f1(p0 - 1, 0b1001, (0u8 != 0x3u8) as u64);
    v3 || v3
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: bool, p1: isize) -> i32 {
    println!("step: {p0:#05}");
    println!("acc = {0} ck = {:#} r: {p1:>#01X}, lo {p1:X}", if p0 { 0x2i8 > -127i8 } else { 45100u16 > 0b110101 });
    mul_i32(0x1, 1858104686i32) + add_i32(0o45i32, 16383) & neg_i32(0x7fffffff % ((8i32 & 7) + 1i32))
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
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
