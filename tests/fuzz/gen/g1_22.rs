fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f1(p0: u8) -> u64 {
    if p0 == 0 {
        return div_u64(if 0b111011100000010010010101100010010010000100001010110010100011001i64 <= 5i64 { 0_u64 } else { 0x6 }, 0o142 << (1125899906842624isize & 0b111111));
    }
    if !(1125899906842624_usize > 11100205584110887253) {
        let mut w2 = 0u8;
        loop {
            w2 += 1;
            if w2 >= 0x1_u8 {
                break;
            }
            let mut v3: u8 = (if false { 0 } else { w2 }) >> (u16::MIN & 0o7);
            let v4: i32 = 2_6_21_4_4;
            if 96i16 != 0x37 && 9223372036854775807usize <= 8 {
                continue;
            }
        }
        if 8192i16 <= 0b100000000 {
            let v5: u8 = w2;
            let v7: bool = 353592852_u32 > ({ let t6 = div_isize(2, -9223372036854775808); 3 });
            let v8 = u64::MAX >= 0 && v7;
        }
    } else if false {
        let v9: usize;
        if !true {
            v9 = rem_usize(0o61550222517270406256, 6963510215589355299 ^ 3579517212712632934);
        } else {
            v9 = div_usize((0 & 9223372036854775807) + (2 & 9223372036854775807), 6750139872742187657 & 9);
        }
    } else {
        for i10 in 0..1u32 {
            if 0b111u16 == 4 {
                return 5 ^ (0x6 | 0b1000000000000000000000000000000000000000000000000000000000000000) - (6 & 9223372036854775807);
            }
            let v11: u64 = 0o1777777777777777777777;
            let mut v12 = 0o1;
        }
    }
    let v13 = f1(p0 - 1);
    0
}

fn f2(p0: u64) {
    let p0: u64 = 0xE098B141F91E223F;
    println!("x {p0}, x {} out,{}tmp,{p0}", 34_u8 & 1, -(-573472954705393221i64 | 1i64));
    let mut w14 = 0usize;
    while w14 < 1 {
        w14 += 1;
        if 0b1001000011011011u16 == 0 || 44 >= 0b10 {
            break;
        }
    }
    let mut w15 = 0u8;
    while w15 < 0b100 {
        w15 += 1;
        if w15 != w15 {
            println!("x = {}, ck {}", 57u16 as i8, false);
            let v16: i64 = 95;
            if w15 >= w15 || i64::MIN > v16 {
                continue;
            }
        } else {
            println!("out {p0}, q: {}, d = {}, out {p0}", 38u16 > 0x717 && true, 21u32);
            let v17: i64 = if false { 1 } else { sub_i64(-0x362ae21c86ac6449i64, 58) };
        }
    }
    let p0: i8 = i32::MIN as i8;
}

fn main() {
    let mut ck: u64 = 0;
    let v18: isize = add_isize(-1073741824 / ((isize::MAX & 7) + 0o1), 9) * (0b100111100110101i16 as isize & 4294967295u32 as isize);
    let v19 = (((0usize & 9_22_337_20_3_68_5_4_77_5807) + (5816460681229668858 & 9223372036854775807_)) as u8 & 15) * ((14 ^ u8::MIN) / ((2 & 7) + 0o1) & 15);
    ck = mix(ck, (((v19 | v19) as i64 & 214_7_483_6_4_7_i64) * (rem_i64(0i64 as i64, 0b1) & 2147483647)) as u64);
    let mut v20 = ((v18 == isize::MIN || 1 <= 0o113) as i64 & 4611686018427387903) - (i64::MIN & 0x3fffffffffffffff);
    ck = mix(ck, f0(79_, 0x2, 1023) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0o14) as u64);
    println!("f1 = {}", ck);
    f2(562949_95342131_1);
    println!("ck = {}", ck);
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: i32, p1: i16, p2: isize) -> usize {
    println!("d = {}n,{}, b = {} z,{}", 1i64, p0, 0o1_0i8 as i32, 7u32);
    let v1: usize = usize::MIN / (((0b101100001000010110111111111111001111110110011110010011100000100_usize & 4183378248447650805 | 0x5) & 0b11_1) + 1);
    println!("y,{p0}");
    v1 << ((0x0_u64 >> (0x5u16 & 63) & 0o777777777777777777777_u64) + (!0o1777777777777777777777 & 9_2233_7_203_685477_58_07) & 63)
}
