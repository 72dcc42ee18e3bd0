fn f1(p0: u64) -> isize {
    if p0 == 0 {
        return (-0o1000000000000000000000 >> (isize::MIN & 63)) / ((109u8 as isize & 7) + 1);
    }
    let mut v7 = false || false || -4398046511104isize == 5;
    let v8 = f1(p0 - 1);
    if 17592186044416i64 > 0x3 || i16::MIN > 0x3 { sub_isize(v8, -8589934592 ^ 5) } else { add_isize(0x1E >> (6i8 & 63), div_isize(v8, v8)) }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: u8, p1: u64, p2: bool, p3: u64) -> usize {
    if p2 {
        return 0 << (0o2536253152u32 & 63);
    }
    if !p2 {
        let v1 = -(0x2 << (3_i8 & 63) | 0b1) / ((div_isize(15485i16 as isize, 0o37777777 & -0o200000000) & 7) + 0b1);
        let v2: i16 = 0b101i16;
        let v3: usize;
        println!("it {{ok}} = {v2} q {} val,{}", u32::MAX as usize, 2u32 << (add_u32(7u32, 3) & 0o37));
        v3 = 6066855728829718887 % ((5 & 0o7) + 1);
        let v4 = 1u16 as i8 ^ 0x3 << (8388607_u32 & 7);
    }
    let mut v5: bool = !(p2 && p2) == (0b1000i32 as u8 > p0 >> (-62_i8 & 7));
    v5 = false;
    let v6 = 0o11;
    neg_i32(v6) as usize
}

fn main() {
    let mut ck: u64 = 0;
    let v9: i32 = 613035356;
    f1(ck << (2i8 & 63) & 15);
    if 18446744073709551615usize < usize::MAX {
        if false && false {
            return;
        }
        ck = mix(ck, (mul_i16(0u64 as i16, 99) ^ (i16::MAX ^ i16::MIN) / (((if 0x5du8 >= 4 { 7 } else { 0b111 }) & 0x7) + 1)) as u64);
    } else {
        let v10: i16;
        v10 = 0x3i16;
    }
    let mut v11: i32 = rem_i32(v9, 8);
    let mut w12 = 0usize;
    while w12 < 0x2usize {
        w12 += 1;
        v11 = -0o14333447532;
    }
    ck = mix(ck, f0(41, 0x8, false, 0b1100100110110100100111111111001000101001101001011100101111001111) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x0) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
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

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
