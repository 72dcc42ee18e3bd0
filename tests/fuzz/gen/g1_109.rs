fn f1(p0: i64, p1: bool) -> u16 {
    println!("z {:😀^#}val,{p0}, out {:?} z {p1}", neg_i32(i32::MIN >> (0u32 & 31)), mul_u64(81 / ((u64::MAX & 7) + 1), 99i16 as u64));
    for i4 in 0o2..5u32 {
        let c5: i16 = 5;
        let c6 = !c5;
        let c7: i16 = c5 << 9;
        let c8 = !c6;
        let v9: usize;
        if p1 {
            let mut v10: usize = 60;
            v9 = sub_usize(v10 << (93u8 & 63), v10 | v10);
            let c5: isize = (0 | -137438953472) % ((9 & 7_isize) + 1);
        } else {
            v9 = 0usize;
        }
        if 268435455 <= 415608104 {
            continue;
        }
    }
    if p1 {
        let mut v11 = 12;
        let mut w12 = 0u32;
        while w12 < 6 && 10535248012779493925u64 <= 18446744073709551615 {
            w12 += 1;
            let mut v13: bool = 7u8 > 117 && 0isize >= 0x9;
            v13 = true;
            let v14 = 5 / (((7723895819697953256usize / ((9007199254740991 & 7) + 1)) as i32 & 7) + 1);
            let p0: u64 = (v13 || p1) as u64;
        }
    } else {
        let v15: u8;
        if p0 != 2 {
            v15 = 0b1111;
        } else if true {
            if !p1 {
                return u16::MAX / ((8 % ((u16::MIN & 7) + 1) & 7) + 1);
            }
            v15 = 92 >> ((p0 | p0) & 7);
        } else {
            let mut v16 = p0 % p0;
            let v17;
            v17 = p1;
            v15 = div_u8(0u8, 199);
            println!("out {v17:?}tmp = {p0:#2.4?}, it: {:8X}", 33554432usize);
        }
    }
    f0(5 % ((268435455 & 0x7) + 1));
    p0 as usize as u16
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: isize) -> usize {
    print!("it: {:#16X}, ", 8i16 as i64);
    let mut v2 = !({ let t1 = -32767i16; u64::MAX });
    print!("val\u{e9} ");
    let v3: u64 = 0x1FFF;
    v2 = v2 >> (mul_i8((12 & 7) * (31 & 0o7), (-104 & 0o7) * (59 & 7)) & 63);
    (if v2 > v2 { (-73i8 & 63) - (100 & 63) } else { p0 as i8 }) as usize
}

fn main() {
    let mut ck: u64 = 0;
    if ck == ck || false {
        ck = mix(ck, (3i8 >> (74i64 & 7)) as i8 as u64);
        let ck: i16 = (32767 / ((13952 & 7) + 1) & 127) * ((if true { -7468 } else { 8192 }) & 127);
    }
    {
        let c18: i16 = 3;
        let c19 = c18 * c18;
        let c20: i16 = c19 / c18;
        let ck: i64 = (2 ^ 24) << ((0b1001111u32 | 0o17777777777) & 63);
    }
    println!("z,{ck:<} y: {ck:ß<2}tmp: {}, n{{}}: {:2o}z {{ok}},{ck:1X}", 0o2isize as u8 == u8::MIN % ((2u8 & 7_u8) + 1), -19);
    let v21: i32 = ((neg_i32(-14) | (1731923369 & 1073741823) - (-1863196385 & 1073741823i32)) & 32767) * (add_i32(3 ^ 268435456, (-512 & 1073741823) - (67 & 1073741823)) & 32767);
    let mut v22: u32 = 5 << (u32::MAX & 31u32);
    ck = mix(ck, f0(-0x6a9118cdb28cce5f) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(262143, false) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_i8(a: i8, b: i8) -> i8 {
    if a > 0 {
        if b > 0 {
            if a > i8::MAX / b {
                return a;
            }
        } else if b < i8::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i8::MIN / b {
            return a;
        }
    } else if a != 0 && b < i8::MAX / a {
        return a;
    }
    a * b
}
