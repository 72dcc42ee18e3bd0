fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: u8, p1: i16, p2: usize, p3: u16) -> usize {
    if 0x3u32 <= 8_u32 {
        f0(if 0b111000u64 == u64::MAX { 1i32 } else { 0b1111_1_1_1_111111_11_111_1_111111111110_i32 }, false, 3_u16 as u8);
    }
    let mut w3 = 0i64;
    while w3 < 4i64 {
        w3 += 1;
        println!("r\': {}", 1i32 << (2i16 & 0x1Fi16));
        if (if true { i8::MAX >= 15i8 } else { p2 <= p2 }) {
            let p3: isize = -1043759913070730781isize as isize;
            let v4: isize = p3;
        }
        if 6u64 < 2046530241306116421 {
            continue;
        }
        let mut w3 = false && (if 0i32 >= 2027409858 { true } else { false });
    }
    let c5 = 0o6u8;
    let c6: u8 = c5 - 0x3;
    let c7: u8 = 0b1000100u8 + c6;
    let mut w8 = 0u16;
    let v9: u32 = loop {
        w8 += 1;
        if w8 >= 1_u16 {
            break 214748_3_6_48;
        }
        let c10: u64 = 18u64;
        let c11: u64 = c10 + 3u64;
        let c12 = c11 | c11;
        let c13: u64 = c11 % c10;
        let mut v14: bool = 1073741823u32 <= 0o0_u32;
        v14 = v14;
        let p3 = div_i64(w3, w3);
    };
    ((isize::MIN != 1152921504606846976 || p2 <= 0_usize) == (p1 > 8)) as usize
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i15 in 0b11_u64..=7 {
        if 0_u8 <= 8u8 {
            ck = mix(ck, (8191_u32 >> (79i8 & 31i8)) as u64);
        }
        println!("acc,{ck}");
    }
    for i16 in 3u64..=2u64 {
        println!("acc {:16} val = { }, sum = {:016}", div_u32(0b10000000000000000000000000000000_u32, 0o1664453154), true, false);
    }
    for i17 in (isize::MAX - 6_isize)..isize::MAX {
        f1(rem_u8(8_u8, 28u8), 9_i16 ^ 5i16, 0o0_usize / ((0x7ff_f_ff_ffffusize & 7usize) + 1), add_u16(33893u16, 1));
    }
    println!("q = {0}, out = {1}", ck, (if 49usize > usize::MIN { ck } else { ck }) << ((if 97u8 < 255 { 36028797018963968_i64 } else { i64::MIN }) & 63i64));
    ck = mix(ck, (ck >> (47_35506_56_130_5_5_56917_i64 & 63i64)) as u64);
    ck = mix(ck, (254u8 / (0o0 & 0o0u8 ^ div_u8(0b10_00u8, 45u8))) as u64);
    ck = mix(ck, f0(1i32, true, 2u8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(48u8, -32767, 0x0, 0xfffe_u16) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: i32, p1: bool, p2: u8) -> i16 {
    println!("q = {p2:09}, ck,{p2} val,{p2} tmp {}, sum,{p1}", 0b111000_u64 != 0b1111111111111111111111111111111111111111111111111111111111111110_);
    print!("q = {:00}k,{:^#9} out: {p0}, acc {p2}\n", 16915347523224878248u64, ((7i64 & 0b11111111111111111111111111111111111111111111111111111111111111i64) - (8_i64 & 0o377777777777777777777)) as u64);
    let v1: i16 = i16::MIN as i16;
    let v2: isize = 0o777_777_7_777isize;
    v1
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
