fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 0b11u64 as u64);
    println!("out{{ = {ck}");
    {
        let v16 = ck;
    }
    ck = mix(ck, -9223372036854775807isize as u8 as u64);
    let v17: u16 = 0x84fd;
    ck = mix(ck, 0x7_i64 as u64);
    f0(6u8, false, 0_u64, 5u32);
    f1(0u8, true);
    ck = mix(ck, f2(63u32, 5usize, 32767i16, false) as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(1_6, 0usize, -0o6350220416__i32, 0o2i32) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn f2(p0: u32, p1: usize, p2: i16, p3: bool) -> bool {
    let v8 = 16495003313476640324usize;
    let c9: isize = 4_;
    let c10 = c9 / c9;
    let c11 = c9 + c9;
    let c12 = c9 % c10;
    let mut v13 = true;
    let v14 = 0b111111111111111111_1_1_1_1_111_1_1111_1111_11111_11_1_1111111_1_111_111_111_111_11u64;
    f0((0x2_0 | 128u8) - (184 & 12_7), 1i32 <= 9i32, 1u64 >> (p2 & 63_i16), p0);
    128u8 >= (4 & 15u8) * ((7_u8 & 127_) + (95 & 127u8) & 1_5)
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: u8, p1: bool, p2: u64, p3: u32) {
    if p1 {
        print!("d{{ = {p1} hi {{ok}},{} ", if p1 { (p2 | 0b1000000000000000000000000000000000000000000000000000000000000000) - (3805_74826_07_10011921_u64 & 9223372036854775807) } else { p2 });
    } else {
        let mut p1 = sub_u16(511u16, 6u16);
    }
    let c1 = 13_;
    let c2 = -c1;
    let c3 = 0x2i32 - c1;
    let mut p2: i16 = 4;
    {
        println!("r = {}", c1 == 16383);
        let mut v4: u64 = rem_u64(16474080717772915530_u64, 4 % div_u64(12u64, 17_8_0_699770_088_2_25_2_2_8_2u64));
        let p3 = 6211266740223944911isize as u8;
    }
    println!("p3 = {p3}");
    p2 >>= rem_isize(rem_isize(46116_8_6_01_8_427_38_7_904isize, -0x7fffffffffffffff_isize), 61 ^ 393_971_84_90_61_884_528_9) & 1_5;
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: u8, p1: bool) {
    if sub_usize(0, 9) >= (0usize & 9223372036854775807usize) + (usize::MAX & 9223372036854775807usize) {
        let mut v5: isize = -(p0 as isize | 1isize);
        let v5 = (353240163_u32 & 2147483647) + (2839466282u32 & 214_7483647u32);
    } else {
        let mut v6 = 0i8 as isize;
        let p1: i8 = 1i8;
    }
    let mut p0 = i32::MIN;
    f0(rem_u8(1_5, 1u8), p1 || 8u16 == 44792u16, (1871960244954047600u64 & 4294967295) * (1 & 4294967295u64), if 36i16 != -15402i16 { 3611832595 } else { 3962483550u32 });
    let v7;
    println!("q");
    v7 = 4503599627370495i64;
}

fn f3(p0: u8, p1: usize, p2: i32, p3: i32) -> u8 {
    {
        let mut p2: u32 = 6;
    }
    println!("p2 = {p2}");
    println!();
    println!("y}} {} step {}x {}", 1u64, 9u64, rem_i8(rem_i8(1i8, i8::MIN), 9i8 / ((1i8 & 7) + 1)));
    { let t15 = (-1701099916845497798isize >> (u64::MIN & 63) & 461_1_68_601_8_427_3_8_7903_isize) - (!6isize & 4611686018427387903_isize); p0 }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
