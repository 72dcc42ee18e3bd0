fn div_usize(a: usize, b: usize) -> usize {
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

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: u64) -> i16 {
    let mut v4 = (p0 as i32 & 1073741823) + (neg_i32(0 & -19) & 0x3fffffffi32);
    if (if 44_isize >= 0 { 3u32 == u32::MAX } else { 0x3Bisize > 0x1 }) {
        return 2;
    }
    i16::MAX
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn f3(p0: u64, p1: i64, p2: i32, p3: i32) -> usize {
    let mut v9: i32 = p2;
    print!("y\n");
    if p0 | p0 > (10 & 4294967295) * (p0 & 0xFFFFFFFF) {
        print!("hi {p0} acc,{} n\t {}\n", p2 >> (8i16 & 31i16) == 0o4, usize::MAX >> (72u16 & 63));
        let v10: bool = true & (i32::MIN > v9);
    }
    if f2(p1) || 23i8 != 2 && true {
        let v11: isize = (31i8 != 8 && 0b1011001i8 >= 0x7 || 6i16 <= -6) as isize;
    } else if p1 <= p1 && 127_i8 <= 3 && 0b1100011000011100110001001100011011010001100000011101010110011001usize >= 0b0 {
        let v12 = p1;
    } else if false {
        v9 ^= p2;
    } else {
        let v13;
        v13 = p1;
    }
    println!("lo = {} step = {p0} k,{}, k = {}", false as u32, 1u64 > 0x2, (i8::MIN != 0x4D) as u64 ^ 15243422264350693244);
    70
}

fn main() {
    let mut ck: u64 = 0;
    for i14 in -3i32..2 {
        println!("b = {}", div_usize(0, 0xCDB1044F0639D466));
        ck = mix(ck, (29932u16 > 5u16 || false) as u64);
    }
    let mut v15 = u8::MIN % ((1u8 & 7) + 1);
    let v15: u32 = { let t16 = sub_u64(ck, (ck & 4294967295) * (ck & 4294967295)); mul_u32(mul_u32(0o1, 5u32), 2_i64 as u32) };
    println!("sum {}hi é {ck}", -(-462395523 | 1));
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x0) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(4) as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(9, 56, 0x9, 0b1100111000000110101011110010100) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn f0() -> u8 {
    for i1 in 0..=0x7u8 {
        println!("step {i1} x,{} a = {} z,{i1}", 0i16 as i8, 16i8 & 75);
        let v2 = add_u64(15893214765207882336, 0_u64);
    }
    if !((6940i16 != 44) == true) {
        let v3: u8 = 0o140;
        let v3 = !true == (2i64 > -0x9);
    }
    4 >> (mul_u8(182, 0xB) & 7) >> ((!0b1u8 & 0o177u8) + (89u64 as u8 & 127) & 7)
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f2(p0: i64) -> bool {
    let mut v5: u8 = (u8::MAX & 15) * (4u8 & 15u8);
    let v6: u32 = 3 | 0o1;
    let mut w7 = 0_i64;
    let v8: i32 = loop {
        w7 += 1;
        if w7 >= 1 {
            break rem_i32(-1316742820, 0o10);
        }
        if 17087u16 <= 54 && true {
            return (81i16 as i32) < neg_i32(-0x2948205f);
        }
    };
    v5 = add_u8(v5, 145);
    1592272139 >= v8
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}
