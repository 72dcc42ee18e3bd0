fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v11 = ck as i32;
    f1(-0b1101i64 as isize, 0x6E806C46A45FF20C_u64, i8::MIN < 62i8);
    let mut v12 = !(3usize / ((1usize & 7usize) + 1));
    if (if -6070302321562704969_i64 >= 1365958048243517196i64 || v11 < v11 { ck <= 0x0u64 } else { 1361426553u32 >= 3 }) {
        let c13: i16 = -0o4i16;
        let c14 = c13 >> 10i32;
        let c15 = 9i16 | c14;
        let c16: i16 = 0b1001 % c15;
        v12 <<= (u16::MIN | 32768) - (16u16 & 32767u16) & 63u16;
    }
    let v17: u64;
    if true {
        v17 = ck;
    } else if (31i64 < 5) ^ (isize::MAX <= isize::MAX && ck < 0x3u64) {
        v17 = ck;
    } else if false {
        let v18: i32;
        if 8663996696848793238i64 >= 5i64 {
            v18 = -2i32;
        } else if -512i16 < 70 || false {
            v18 = -882577125i32 | (v11 & 32767i32) * (v11 & 32767i32);
        } else if (8isize & 4611686018427387903) - (-2299284088630939411isize & 4611686018427387903) <= add_isize(isize::MAX, 9223372036854775807) {
            v18 = v11;
        } else {
            v18 = 1i32;
        }
        v17 = f0();
        let mut v19;
        ck = mix(ck, 4u8 as u64);
        v19 = add_u32(1 << (9_i64 & 31i64) >> (6 & 31i32), if true != (-291550913512523995i64 < 83i64) { (2 & 65535) * (368187057u32 & 65535u32) } else { 1937944613 | 0 });
    } else {
        v17 = ck;
    }
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    f1(8018005714737480114isize, 5, true);
    ck = mix(ck, f2(3u8, 3usize, 2) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: isize, p1: u64, p2: bool) {
    let mut w4 = 0usize;
    while w4 < 3usize {
        w4 += 1;
        let v5 = 2_u16 as usize;
        println!("q,{}, y {0}y: {}hi,{} res,{p1}", 15540_u16 == 8u16, (i64::MIN & 4611686018427387903i64) - (11 & 4611686018427387903), -(16383i16 | 0x1));
        let v6 = i16::MIN;
    }
    let mut v7 = i8::MAX;
    v7 = sub_i8(v7, i8::MAX);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f2(p0: u8, p1: usize, p2: usize) -> i64 {
    if p0 == 0 {
        return (p0 >> (0o10isize & 7isize)) as i64;
    }
    let mut w8 = 0usize;
    while w8 < 0x3 {
        w8 += 1;
        let mut p1: i32 = i32::MIN;
        let w8 = p1;
    }
    let mut v9: u32 = 1162310213;
    let v10 = f2(p0 - 1, p2 << (v9 & 63u32), p1);
    (8isize << (3usize & 63usize) | isize::MIN >> (u8::MIN & 63u8)) as i64
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0() -> u64 {
    let mut v1: u64 = (u64::MIN as u64 | (4u64 & 0x7fffffffffffffff) + (4_u64 & 9223372036854775807u64)) >> (3u32 << (16383i16 & 31) & 63u32);
    let mut v1: bool = -3i16 > 0x7;
    v1 |= v1;
    for i2 in 0x1u8..=3 {
        let v3: i64 = -9223372036854775807;
        if v1 {
            return 3908249437534648721;
        }
    }
    (((3i8 & 63) - (4 & 0b111111)) as u64 & 9223372036854775807) + (sub_u64(div_u64(10266630666598376128u64, 17592186044416u64), add_u64(0u64, 0u64)) & 9223372036854775807)
}
