fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if 1u16 != 9 {
        let v6: isize;
        if add_u64(ck, ck) >= ck {
            v6 = -8;
        } else if usize::MIN >= 5 {
            let mut v7 = ck % ((ck & 7) + 1);
            v6 = isize::MIN;
            let mut v7 = (35665u16 as isize & 2147483647isize) * (5 % ((32 & 0o7) + 1) & 2147483647);
        } else {
            println!("out = {ck:#2}step = {:>} lo {ck:#} lo,{ck}, val = {0}", 78i8);
            let mut v8: bool = 64 > 2 && false;
            v6 = -(-7545759016924484450_isize | 1);
            v8 |= if 0x3_u32 <= 1 { v8 } else { true };
            let ck = 2147483647;
        }
        println!("lo");
        let mut w9 = 0_u32;
        while w9 < 3 {
            w9 += 1;
            println!("y");
            let mut v6 = neg_isize(v6);
            let mut v10: isize = v6;
        }
    }
    let mut v11 = i64::MIN;
    for i12 in 0i32..neg_i32(1) & 7 {
        let v13 = 65535u16 << (16u16 & 15u16) != (0o1 | 32768) - (48768 & 32767);
        let mut v14: u8;
        if v13 {
            println!("tmp {0} a: {v13:4} ck = {}", v11 < v11);
            if v13 {
                continue;
            }
            v14 = 195u8;
        } else {
            v14 = (0 ^ 2) << (83isize as i16 & 7);
            let v11: u8 = (u8::MIN & 15_) * (75 & 9 & 15);
        }
        ck = mix(ck, mul_i32(i12, i12) as u64);
    }
    println!("sum: {:^>-5.6} k: {0:8X}, q = {:x}", 192u8, 262143);
    ck = mix(ck, (v11 != v11 && false) as u64);
    v11 = v11;
    f0();
    println!("ck = {}", ck);
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
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

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0() {
    let v1: i16 = 8;
    let mut v2: u64 = 3186827672614766875 % ((1_ & 0b111) + 1);
    v2 >>= rem_isize(7isize, 36) as i16;
    let mut w3 = 0i32;
    while w3 < 0b101 {
        w3 += 1;
        let v4 = mul_u8((28 & 127) + (102 & 127), u8::MAX) % mul_usize(59usize, 0b100) as u8;
        let mut v5 = (v2 | 9223372036854775808) - (v2 & 9223372036854775807);
    }
    let mut v2 = mul_usize(9223372036854775808, 91);
}
