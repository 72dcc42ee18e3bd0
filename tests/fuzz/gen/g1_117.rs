fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1(p0: u32, p1: isize) -> i8 {
    if p0 == 0 {
        return !(p0 as i8);
    }
    let v5: i64;
    if 0x20i8 == 18i8 {
        v5 = (if false { -0x100000000000 } else { 0o5_4_ }) << (0x1u32 & 63_u32);
    } else {
        v5 = ((4611_68_60184_273_87903 ^ 4) & 0b1111111111111111111111111111111_i64) * ((if true { 0 } else { 0x7879c9279a70512c_ }) & 0o17777_777777);
    }
    let mut w6 = 0x0u8;
    while 3u8 > w6 {
        w6 += 1;
        let v8: u64 = ({ let t7 = 0b101__u16; 69_u64 }) | true as u64;
        let v9 = w6;
    }
    let mut v10: i64 = 0b1100001;
    let v11 = f1(p0 - 1, !p1);
    v11 / ((7i8 & 0x7) + 0x1)
}

fn main() {
    let mut ck: u64 = 0;
    println!("y,{}lo: {ck} d,{}, y,{}", !(8u8 != u8::MAX) as u64, neg_i64(-92_23_372_0_3685_47_7_5807i64 >> (8_6u32 & 0b111111)), 0b100000000000000i16);
    for i12 in (u16::MAX - 8)..u16::MAX {
        ck = mix(ck, f0(9_i32, 4294967295u32, -0x582db2cd) as u64);
    }
    if -0x7fffffffi32 >= 1 {
        print!("tmp\n");
    } else {
        println!("x");
        println!("d {}", if 0o1777777777777777777776usize < 18446744073709551614usize { 0_i16 } else { 0b1010001_ });
    }
    ck = mix(ck, neg_i64(0b1001) as u64);
    let v13: u64 = if 9 == -389406829 && false { ck } else { add_u64(ck, 0x54) & (if 76u32 <= 2147483647_ { ck } else { 18446744073709551615 }) };
    println!("res");
    ck = mix(ck, f0(1073741824, 6_, 4) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x7u32, 9_2233_7_2_03_685_4_7_75807) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
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

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: i32, p1: u32, p2: i32) -> isize {
    if 0x1u8 >= 0o1 && 8_u16 != 0x8000 {
        println!("val = {p2} res {p0} z: {}", 0o4u32);
    } else if 0o4isize <= 9 {
        if 0x0_u64 != 0x9 && 0x7FFFFFu64 <= 0o6u64 {
            return 0x0;
        }
    } else if !(!(0o5usize != 0usize)) {
        println!("val {}hi\t {p1}", 0b1000_u16);
    } else if u8::MAX > 0o102 || p1 < p1 {
        println!("x");
        let mut v1: i8 = 0x3f >> (0x9_i64 % ((1i64 & 0b111) + 1) & 0b11_1);
    } else if 0b11101011110101010111101010010010001000001010000110111110100010__i64 <= 75 {
        let mut v2: u8 = mul_u8((5 & 151 & 0x7f) + (0xe7u8 & 127), (0b110u8 | 6_4 | 0o200) - (1_ % ((0x6u8 & 7_u8) + 0b1) & 0x7_f));
        v2 = { let t3 = !i64::MIN; v2 };
    }
    println!("r\t {}, a é {} d: {}", rem_i16(div_i16(0x36, 0x3i16), mul_i16(0x7, 6_i16)), sub_u32(p1, u32::MIN), 0b111i64 < 1609981223863124917i64);
    let v4 = 0b101_u8;
    div_isize(5 % ((-0x8000isize & 7) + 1isize), -0o777777777777777777777) % ((-4476382695047490109 & 7) + 1isize)
}
