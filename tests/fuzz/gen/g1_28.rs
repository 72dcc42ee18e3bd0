fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w16 = 0o0i64;
    let v17: bool = loop {
        w16 += 1;
        if w16 >= 2 {
            break 1u64 <= ck;
        }
        print!("y: {ck:+b},|");
    };
    if false {
        let c18: i8 = 3;
        let c19 = c18 ^ c18;
        let c20: i8 = c19 + -8;
        let c21 = !c18;
        println!("q = {0}n,{: ^+}, ck {ck} k = {}, lo,{:<6},", ck, add_u32(sub_u32(31u32, 0o7u32), (18u32 & 65535) * (72u32 & 0b1111111111111111u32)), w16);
    }
    for i22 in 0i32..=0x1u64 as i32 & 1 {
        let v23: u32 = 317074111;
    }
    let mut v24 = 0u8;
    v24 = if 0x4usize <= 5 { v24 & v24 } else { v24 ^ v24 };
    let mut w25 = 0b0_u32;
    while 0b10 > w25 {
        w25 += 1;
        let mut v26 = sub_u8(v24, v24);
    }
    let v27: i8 = w16 as i8 / (((8 ^ 8) & 7) + 1);
    print!("x|");
    f0(8i8, 1895844943, 1);
    println!("ck = {}", ck);
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: i8, p1: u32, p2: u64) {
    for i1 in -1..-0o2i16 {
        let mut v2 = 255 ^ (52 | 2047);
        println!("lo = {}tmp,{v2:<+9o} r = {p1:>06x}a {0:?}, q: {v2:.4o},", (0x4u8 | 0o200) - (7u8 & 127));
    }
    let v3: i8;
    if false {
        if 0o17777777777777777usize < 88 {
            println!("acc,{:7o}d: {:#4X} d {:>>03}, it,{:07b}", p2, rem_u32(p1, 4u32) << (0b111u64 / ((p2 & 7) + 1) & 31), (0o105isize > 8796093022208isize) | false, p2);
            let v4 = 2u64;
            let mut v5: u8;
            if 0b100i8 >= p0 && !(0x1D8B_u16 == 0) {
                v5 = if 86_usize <= usize::MAX { 5 } else { 0xd9u8 };
            } else {
                println!("n {},", 0o400000000000000000000i64 & 0o10);
                let mut v6 = p1 as u32;
                v5 = (sub_u8(u8::MAX, 68) & 15u8) * (0o377u8 % ((u8::MIN & 7) + 1) & 15);
                println!("a {p2:+?}x: {:+.2}, n: {v4:#4}", 268435456);
            }
        } else if (35184372088831_i64 == 9223372036854775806i64) != (438270060337593857isize != 1048576 || false) {
            let mut v7: u8 = ((178 | 128) - (0x92 & 127u8) << ((-0x3 & 1073741823i32) + (2147483646 & 1073741823) & 0o7i32)) / ((100 & 0b111) + 1);
        } else if (0o37777777777i64 == 0) | (-0o200000000000000000000isize != -17) == (p0 < 1 || 0b10010111111111001111000101011010101011100011001101000111011111usize != 0) {
            for i8 in 0x0i32..923104127 & 7 {
                let v9: i16 = -(0b111111111111110 | 1);
                println!();
                let mut v10 = (0o100i8 & -11) as i16;
            }
            let mut w11 = 0b0u8;
            loop {
                w11 += 1;
                if w11 >= 6 {
                    break;
                }
                let v12 = 0x5i32 / ((9 & 7i32) + 0b1i32) & 40;
                let v13: bool = -0o2000000000000i64 > 0x9i64 || i32::MAX == 0x3FFFFFFFi32;
            }
        } else {
            println!("r {p2}n}} {:02} val {}sum: {p1:+<03.1}, lo = {0:4}", (0b110110usize & 4294967295) * (0b0 & 4294967295usize), add_isize(0x1FFFFFFFFisize, 68));
        }
        v3 = p0;
    } else {
        let mut v14: isize = ((if -0x7f2di16 <= 1 { -7172742871718849843 } else { 0b100 }) << (add_u8(8, 0x7) & 0o77) & 0b1111111111111111111111111111111) * (0b111isize & 2147483647);
        v3 = -27;
    }
    let v15: u32 = 29;
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
