fn rem_u64(a: u64, b: u64) -> u64 {
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

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    {
        {
            let mut ck = ck;
        }
        f1(5 >> (-31_5_3_25_80_62_74_89_7009isize & 63isize), neg_isize(-2isize));
        let ck: i32 = 0o13232324714i32 | i64::MIN as i32;
    }
    println!("ck = {ck}");
    println!("lo{{ {:>#.4o} out {ck},", ck);
    if 0b11i16 == 0x2c {
        let v12: u64 = 0x2;
        let mut w13 = 0b0u16;
        while 0x2 > w13 {
            w13 += 1;
            println!();
            f0();
            ck = mix(ck, sub_u8(2u8, 0xf7) as u64);
        }
        ck = mix(ck, 0x7u8 as u64);
    } else {
        println!("out,{:>o} x = {ck} step: {:^06}, x = {}", mul_u64(rem_u64(6, 0x0u64), 0o10 % ((ck & 0x7) + 1u64)), 179u8 > u8::MAX && -0x7fffi16 == 9928i16, 6u8);
        let mut v14: u16 = 1_u64 as u16;
        let v15 = 0b100isize as u32 & (0x2u32 & u32::MIN);
    }
    let v17 = { let t16 = ck; 0b10_01010_0110_0i16 >> (u32::MAX & 0xf_u32) };
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x45isize, 0x7isize) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0() -> i8 {
    let v1: usize = 0o102usize;
    let v2 = 0x3u32 | u32::MAX;
    println!("ck: {v1:?} k,{} y,{::<o} y{{}} {} it: {:#00x}", i16::MIN, v1 << (0x0u64 & 0x3f), 6i8, 0b0u32);
    let mut w3 = 0u16;
    loop {
        w3 += 1;
        if w3 >= 0b11u16 {
            break;
        }
        if w3 != 0b1100110011111010u16 {
            continue;
        }
        if 58i16 == 0x6 {
            println!("r,{:>010}, a {v2:8},", 4_611686_0184_27387_903isize);
            print!("lo: {:#20.6?} y = {v1} d {{ok}} {:b}, hi,{v1:X} ", 0b1111110i8, 0x8u64);
            println!("r {} z é = {v1} d {}", 0x6i8, v1);
        } else {
            let v4 = (0x4i8 >= 0o100 && false) & (0x5fu64 > 9223372036854775807u64);
            print!("val {w3:.3o}acc: {:16?} tmp = {}\n", v4, if 0x62usize >= 4usize { 0o72 } else { 32768i32 });
            let v5: u64 = mul_u64((0b1111111111111111111111111111111111111111111111111111111111111110_u64 & 0o377777_77777) * (6 & 0o37777777777u64), (17169821812900034715u64 | 0b1000000000000000000000000000000000000000000000000000000000000000u64) - (0x9 & 0o777777777777777777777));
        }
        let mut v2 = if ({ let t6 = 0x73u8; 0b10u64 }) != 0x3 % ((0o1253552170467274665350u64 & 0x7_u64) + 0x1) { v1 } else { sub_usize(v1, v1) << (v2 & 0x3fu32) };
    }
    {
        let mut w7 = 0x0u8;
        while w7 < 0b1 {
            w7 += 1;
            if v2 < v2 {
                continue;
            }
            let mut v8 = -(-1__i32 | 1i32);
        }
        for i9 in 0b0..0o1i8 {
            let mut v10: i8 = i9 >> (8i32 & 7i32);
            let mut v2: bool = sub_u8(w7, w7) > (w7 & 0x7f) + (w7 & 127u8);
            v2 &= (if 0x4_i16 >= 0b111111111111 { 0b111i16 } else { 0o4i16 }) >= 0o1_u64 as i16;
            let v10 = -0o400000000000000000i64;
        }
        let v1 = sub_u64(13093448920359867927u64, 5u64) - sub_u64(0xDC47F2D7443950A1, 0x4u64);
    }
    (sub_i8(4_8i8, 1_i8) & 0x3F) - ((0b10i8 ^ 0x36) & 63i8) & (v1 < v1) as u8 as i8
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: isize, p1: isize) -> u8 {
    println!("sum = {}hi {{ok}}: {p1} q: {} r: {p0:→<012} acc: {},", p1, 0b10i16 == 0x0, 0o334461722462702650461usize | 0x33usize);
    println!("tmp = {}, acc: {:#12}, n,{:10.0}", 0x9i64, 0b111u16, 0b1010_101i16);
    println!("y,{:#<12o}res,{} acc: {p1}k {:#016o}", if p0 <= p0 { 0x4Cu64 } else { 0b10u64 }, { let t11 = usize::MAX; 0b111_i64 }, 0o11u16);
    u8::MIN | 0xF_u8
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
