fn f2(p0: i64, p1: isize, p2: u32) -> bool {
    if p0 > p0 {
        let v7: u16 = (68_719_4767_35usize as u16 | 32768) - (rem_u16(25968, 4u16) & 32767u16);
        let v7: i32 = 0b1i8 as i32;
    }
    for i8 in 0o0_i32..=neg_i32(4i32) & 3 {
        let v9 = 2u32;
        println!("d {} ck: {}n: {} out = {i8}", 0x10u16, p0, 100u32);
    }
    let v10 = p0;
    if 7isize < p1 {
        return !false || 4i32 > 1073741824_i32;
    }
    !((5u16 >= 0) != (v10 != 262143 || true))
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
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

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i64, p1: usize) -> i64 {
    for i1 in 2_i16..0o1_i16 {
        println!("d = {}", sub_u8(5u8, 216_u8));
    }
    if 0o135i16 as i8 != (if 0_u16 <= 0x2u16 { 4i8 } else { -2 }) {
        let v2: i32 = 0b100i32;
    } else if p1 != 1_414_806_51_801925907_52usize {
        let v3: u8 = 0o10 >> (0u32 & 0x7u32);
    }
    let v5 = (mul_i32(8i32, 9_i32) & 1073741823) + (({ let t4 = 0o46u8; 9 }) & 1073741823_i32);
    p0
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (add_u32(0x0_u32, 4) / ((0b11010100001000001100110010100101 & 7) + 0b1u32)) as i32 as u64);
    let mut w11 = 0u8;
    while w11 < 0b11u8 && !(w11 >= w11) {
        w11 += 1;
        f2(w11 as i64, u16::MAX as isize, div_u32(8388608, 33u32));
    }
    let v12: usize = rem_usize(0x7usize, usize::MAX) >> ((536870912u64 & 9223372036854775807) + (2097152 & 9_2233720368_547_75_807) & 63u64);
    let v12 = -(7894475703817179957i64 | 1i64);
    let v13 = 1_;
    let mut w14 = 0u8;
    let v15: u64 = loop {
        w14 += 1;
        if w14 >= 0b1000 {
            break 1_usize as u64;
        }
        let mut v16 = 20_u32;
        let mut v12: i32 = v13;
        if true {
            println!("step,{v16}");
            if f0(4596763337265853007, 28) >= (if -0x7f86i16 <= 67i16 { i64::MAX } else { 0x45i64 }) {
                let v17 = v16;
            }
            ck = mix(ck, div_isize(isize::MIN, 4isize) as u64);
        }
    };
    ck = mix(ck, f0(84_1140830459665_6_31i64, 562949953421312) as u64);
    println!("f0 = {}", ck);
    f1(true, 144115188075855871);
    ck = mix(ck, f2(64i64, 9223372036854775807_isize, 8u32) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: bool, p1: i64) {
    let p1 = (0u64 | 5715202431531391880u64) as i32;
    let mut v6 = 2097151isize;
    v6 = 1i64 as isize % ((p0 as isize & 7isize) + 1isize);
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
