fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v10: u16 = (3 & 32767) + (!((65534 & 0x7FFF) + (1_u16 & 0b111111111111111)) & 32767);
    let v10 = div_i16(rem_i16(0x21, 3), 0x8u32 as i16) | neg_i16((0x22 & 0b1111111) * (0x17 & 127));
    let mut v10 = 1_i16 > -2;
    let mut v11: i8 = 7;
    v11 <<= -4710225361323772190i64 & 0x7;
    f0(4, 1, 2, 8u16);
    println!("ck = {}", ck);
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: u64, p1: i32, p2: u32, p3: u16) {
    if p3 < u16::MAX {
        println!("r: {}y {p2}", (4611686018427387904isize & 4611686018427387903) + (isize::MIN & 0b11111111111111111111111111111111111111111111111111111111111111));
    } else if p3 >= 65535 {
        if !(-32767i16 >= i16::MIN) {
            let v1 = div_i32(p1, p1);
            let v2 = (if (7i64 <= 50) & (1152921504606846976usize < 93) { -0o1i8 & -0o44 } else { if false { 70 } else { 3 } }) as u64;
        } else {
            let v3: i8 = 77 << p3;
        }
    } else if -0x8000_i16 >= -32768 {
        if p0 >= 9223372036854775808 {
            let v4: i64 = (0o5i16 != -0x10) as i64 | 86;
            let v5 = p0;
            let v6: usize;
            if v4 >= v4 || 25u32 < 0o10 {
                v6 = add_usize(usize::MIN, p3 as usize);
            } else {
                v6 = mul_usize(0b101010001101100111000010110101111111110110100101010111110111100, usize::MIN) ^ 96;
            }
        }
    }
    let mut v7 = p3 != p3;
    let mut v8 = ((p1 as u64) << (div_isize(0o4, 5732716829147972954) & 63) & 9223372036854775807) + (p0 & 9223372036854775807);
    let mut w9 = 0i64;
    while 0x3 > w9 {
        w9 += 1;
        v7 = v7;
        println!("hi");
        v8 = mul_u64(v8, v8);
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
