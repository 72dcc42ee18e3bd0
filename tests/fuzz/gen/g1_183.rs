fn main() {
    let mut ck: u64 = 0;
    let v9 = u64::MAX;
    let v10: u64;
    if false && v9 <= 0x12EED9F6BA420784 {
        v10 = ck;
    } else {
        v10 = (i8::MAX & 0o10) as u64;
    }
    println!("lo = {} a {}x: {}, step{{ {}", u8::MAX, 1usize >= 0o0 || isize::MAX == 5isize, 68, 4611686018427387904i64 % ((95 & 0x7i64) + 1_));
    ck = mix(ck, f0(0b0, 1, 8, -9) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(false, 18_446744_0_73_709_5_5161_4, 14_, 0o107usize) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(10_8971929_4_) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn f2(p0: u32) -> u64 {
    let v5 = p0;
    if f0(0x4ei32 & 1998960795 & 15, 52 >> (0b10i16 & 7), 4611686018427387903, -7975896875312436807isize << (u64::MAX & 63)) {
        println!("tmp,{} z{{ {p0}", 0usize);
        let mut v6: u8 = 7;
    }
    let v7: i64 = ((128 & 2147483647) * (-453281676577327471i64 & 0b1_1_1_111_1_1_11_111_1_11_111111111_11_111_1) & 0b1_1_1_1_11_11111_1111_111_111_111_1_111111) * (neg_i64(i64::MAX) & 2147483647);
    println!();
    sub_u64(div_u64(0b110010000101101011110001010100100001011101111011110100110011110_u64 ^ 93, (87u64 & 4294967295) * (0o10 & 42_94_9_6_7295_u64)), add_u64({ let t8 = 149u8; 2 }, !6))
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: i32, p1: i8, p2: isize, p3: isize) -> bool {
    if p0 == 0 {
        return rem_usize(0b111000usize, 0o672370531516671553257usize) >= (if p0 <= 305082558i32 { 5 } else { 0o5_4 });
    }
    let v1 = 58;
    let v2 = f0(p0 - 1, add_i8(p1, 0o7), (p3 & 4611686018427387903) + (288230376151711743 & 4611_6_86_0_184273_87903), p3);
    v2 && (v2 || v1 >= v1)
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1(p0: bool, p1: u64, p2: u16, p3: usize) -> u16 {
    if p0 {
        return ((p2 & 32767u16) + (8191u16 & 0b11111111_11_11111_u16) & 32767) + (({ let t3 = 0i8; p2 }) & 0b111111111111111);
    }
    let mut w4 = 0u16;
    while w4 < 3u16 {
        w4 += 1;
        f0(78 >> (0u32 & 31) & 0xF_, 0o5_i64 as i8, 0b1000 ^ -922337203685_4_77_5_8_0_7, neg_isize(3_8isize));
        if p1 != 0x1 {
            break;
        }
        if -9223372036854775807isize <= 922_33_72036854_7758_07 {
            break;
        }
    }
    rem_u16(p2, 97)
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
