fn f1(p0: u16) -> i16 {
    let v5 = 7i32;
    println!("val = {} ck = {}", 4503599627370496u64, 63i8 ^ -0o162i8);
    let v6: i32 = v5;
    println!("step {} it {v5} r {v6} it: {},", 0o777777777777777777776isize, (1547_00_5_943_52_1_5987_97_7_usize & 42949672_95) * ((if p0 < p0 { 61usize } else { usize::MAX }) & 4294967295));
    println!("b");
    div_i16(0i32 as i16, 10318)
}

fn main() {
    let mut ck: u64 = 0;
    let mut v9 = ck | ck;
    ck = mix(ck, u32::MAX as u64);
    ck = mix(ck, f3(2147483647usize == i8::MAX as usize, 0x4ei64 / ((4 & 0b111) + 1i64), (if v9 >= v9 { 0x7fi8 } else { -100 }) >= neg_i8(i8::MIN), ck) as u64);
    let v10 = isize::MIN << (-0x29i8 & 63__i8);
    println!("step\t: {v9} res,{ck}acc: {}", mul_u32(1__u32, 512u32 >> (0x0_u16 & 0b111_11)));
    println!("step {{ok}} {}", -0b10010i8 == 0o6);
    if false {
        f0(if 63i8 == 35 { 3u16 < 0 } else { 0x10_i64 == -8 }, f2(1), (97_ == 27) as u8);
    } else if 2isize >= v10 {
        v9 = mul_u64(v9, v9);
        v9 ^= u64::MAX;
    } else if (49u32 & 6_5_5_35u32) * (0o4 & 65535u32) > u32::MAX {
        let mut v11 = if 1u16 > 2 && 9_i16 == -217_3_4 { div_usize(4_577162923_6_336_49_96_3 & 0o1, 0 << (u32::MIN & 63)) } else { !((3 & 0xffffff_ffusize) * (0x65a7b94e5d8d0e95 & 4294967295usize)) };
        if false {
            return;
        }
    }
    for i12 in (usize::MAX - 5)..=usize::MAX {
        v9 %= (v9 & 7) + 0x1;
        v9 |= v9;
        v9 |= 0b1111000111011101010000110100100011111000111101000010010001101010_;
    }
    f0(true, -329263749911143097i64, 0);
    ck = mix(ck, f1(8745) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(6usize) as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(false, 256, true, 73) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f2(p0: usize) -> i64 {
    let v7: u8 = 0b1111111_;
    if 0b0i32 != 1 {
        let p0: u64 = (32768u16 | 3_276_8) as u64;
    } else {
        let p0 = u64::MAX;
        let v8: isize = isize::MAX;
        let mut v8: u64 = p0 ^ p0;
    }
    println!("lo {}", 0b111111_111_1111_11u16);
    ((6 & 4611686018427387903) + (u16::MAX as i64 & 4611686018427387903) & 0x3ffff_fff_ff_fff_fff) - (-(-14 | 0o1i64) & 4_611686_0_1_842_738790_3)
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f3(p0: bool, p1: i64, p2: bool, p3: u64) -> i32 {
    f1(0x40c8 / ((4 & 0b111u16) + 1));
    print!("r|");
    94_
}

fn f0(p0: bool, p1: i64, p2: u8) {
    if 65534_u16 == 0o146155 {
        println!("acc");
        let v1: u32 = 1680304402;
    } else if p0 {
        let p1: usize = ((10880571109283151090usize | 9223372036854775808) - (4 & 0o77777_7_777_7_77777_7_7_7777) | 9223372036854775808) - ((if p0 { 0o2usize } else { 9223372036854775808 }) & 9223372036854775807);
    } else if 0o23 < 0x7_fffffff {
        println!("r = {}", p0);
        println!();
    }
    if !(7i8 == 0b100000_i8) {
        let v2 = (1073741823 & 3_2767i32) * (0o40i32 & 32767) < 0x224f_51f_ci32 % ((2 & 7i32) + 0o1i32);
    } else {
        let v3 = 0b1_0i8 as isize | 7802943627088168749;
        print!("res = {p1} step: {p2},\n");
        println!("out = {p2}, tmp {{ok}} = {}k {p0}", p0);
    }
    if p0 {
        println!("a = {}", 0b1u32 ^ u32::MAX);
    } else {
        println!("lo\\: {p0} hi: {}z {p2}", 9u32 as i64);
        let p0: usize = 0 | 0;
        let mut p1 = u64::MIN / (((9223372036854775807 | 9223372036854775808) - (0b0 & 9223372036854775807) & 7__u64) + 1);
    }
    let mut p1 = (0usize ^ 274877906943) << (p1 & 0b111111_i64);
    let mut w4 = 0u32;
    while w4 < 4 {
        w4 += 1;
        if i64::MAX == 8149718120654696829i64 {
            break;
        }
        println!("val,{} x\u{e9} = {p1}", w4);
        println!();
    }
}
