fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u16, p1: i64) -> i64 {
    for i1 in u8::MIN..0 {
        println!("val,{}, sum: {} hi\t {}a = {p0},", (0b11i32 & 0o7777777777) + (2147483_6_4_6i32 & 1073741823) > sub_i32(i32::MIN, 2097152i32), 5, 0b111011111111010011001101110011101101011001011010010111011010010_usize as isize);
        let v2 = 5;
        if i16::MAX != 66_54 {
            if v2 == v2 {
                return 70;
            }
        } else {
            println!("y");
            let mut v3 = !p1;
        }
    }
    if false {
        println!();
        println!("a,{}tmp: {}tmp: {} sum = {p1}", 0_u32 | 46077126, true, false || p0 >= 54 || 93isize < -9223372036854775807_);
        let v4 = (-2114415749739612845isize == 5 || 4i16 == 4) && false;
    } else {
        let v5: usize = (6 | 9223372036854775808) - (0 & 9223372036854775807);
    }
    (p1 & 2147483647) * (-100_33_52_6552_8_14_029_97 & 2147483647_i64)
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

fn main() {
    let mut ck: u64 = 0;
    let mut v9: i8 = -(64 | 1i8);
    println!("hi,{} n: {ck}, q{{}} {}", sub_u16(0xF_F_FF, 6_4), 100isize);
    v9 = sub_i8(v9, { let t11 = { let t10 = i16::MIN; 9i32 }; sub_i8(v9, v9) });
    ck = mix(ck, (-23399i16 / ((9 & 7) + 1_)) as i32 as u64);
    ck = mix(ck, v9 as u64);
    ck = mix(ck, f0(32767u16, -4i64) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(4, 1, 0) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: isize, p1: u64, p2: usize) -> i64 {
    let mut w6 = 0u32;
    while w6 < 3 {
        w6 += 1;
        if i8::MAX <= -69_ {
            if (p2 < p2) != (p2 == p2) {
                return (0x0u8 | 6u8) as i64;
            }
            let v7: u64 = div_u64(p1, 0);
            let v8: u16 = 0o17u8 as u16 ^ 57911u16 % ((0b10u16 & 7) + 1);
        }
        if (if true { p1 == u64::MIN } else { 4503599627370495i64 <= 2147483648_i64 }) {
            break;
        }
    }
    println!("n,{}, ck: {} acc {p0}, ck = {}", 3, 57i64 as usize, -92_23_3_720_368547_75807_isize);
    neg_i64(-20_5_8175_2_51018421_96_1) ^ (86 ^ 3) | 6895930781320748707
}
