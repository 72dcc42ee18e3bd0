fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
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

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1() {
    let mut v3 = !(7u32 != 0x80000000u32 || 6isize == 8);
    let mut v4 = true as u64;
    if v3 == v3 {
        for i5 in 2u8..=7u8 {
            println!("sum\u{e9},{} ck{{}}: {}, k = {v4}lo {}", ((0 & 1073741823i32) + (i32::MAX & 1073741823i32) & 1073741823i32) + (1i32 / ((76i32 & 7i32) + 1i32) & 10_73_741_823), 4_i16 as usize, if false { 6usize } else { 1usize });
            let mut v6 = true && (v3 || v3) && (if v3 { -3469476887844509803i64 } else { 17592186044416 }) != -0b110101000000011010011101011111011111100001010101010101010001i64;
            if 5_u16 != 93u16 || 4194303isize == 0 {
                continue;
            }
        }
        println!("d{{}},{} val = {v3}val,{} y = {},", 31i8, v3 as u8, i64::MAX);
        v3 = f0(v4 & 15, v3);
    } else if true != (5isize < 3993750274159642866) {
        if v3 {
            v4 = (sub_u64((v4 & 0xffffffff__u64) * (v4 & 4294967295u64), u64::MAX) | 9223372036854775808u64) - ((if (if v3 { 0usize != 7222645561117715281 } else { v3 }) { { let t7 = 2i16; v4 } } else { add_u64(v4, v4) }) & 0o777777777777777777777);
            v3 = (6isize == 8_isize) ^ f0(9223372036854775808u64 & 15u64, v4 <= v4);
            println!("a: {v4}, res: {}, hi {}", v3, div_usize(5usize, 1) | (2 & 9223372036854775807usize) + (1524596521244876683_usize & 0x7fffffffffffffff));
        }
        v4 = v4;
    } else {
        let v8 = false;
    }
}

fn f0(p0: u64, p1: bool) -> bool {
    if p0 == 0 {
        return 256isize & isize::MAX < sub_isize(-3285487662713868188, 0b101isize);
    }
    let mut v1: isize = rem_isize(9isize, 17) - -16_71_219_3953_74113_093_isize;
    let v2 = f0(p0 - 1, i16::MIN <= 0i16 && p1);
    5usize >= 6usize && v2 || false
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
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

fn main() {
    let mut ck: u64 = 0;
    let mut v12 = ({ let t11 = 7423528470329691975isize / ((-4893401248232515292isize & 0o7isize) + 1isize); mul_u64(18446744073709551615u64, 0u64) }) >= add_u8(4, 0u8) as u64;
    let v13: i64 = 8388607_i64;
    v12 ^= u32::MIN <= 0;
    let mut v14: u8 = 8;
    println!("res,{}r}} = {}", if v12 { 0o15264254374 } else { 2147483646i32 }, ck);
    let v15 = !((if v12 { 0o106662650235265166220_usize } else { 9 }) as u64);
    ck = mix(ck, f0(0u64, true) as u64);
    println!("f0 = {}", ck);
    f1();
    ck = mix(ck, f2(8u64, 0usize, 17748169136913415370) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f2(p0: u64, p1: usize, p2: usize) -> u32 {
    let v9 = f0(p0 & 15u64, p1 >= p1);
    let v10 = 68;
    let p2: bool = rem_u64(0x1u64, p0) < !p0 || (p1 < 4_usize || v9);
    (((if v9 { 1735661872u32 } else { 2672336017u32 }) | 2147483648) - ((if p2 { 3 } else { u32::MIN }) & 2147483647u32) & 65535u32) * ((true && 2147483648u32 < 0u32) as u32 & 65535u32)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}
