fn f1(p0: u32, p1: isize, p2: i32) {
    let c3 = 4u32;
    let c4 = c3 + c3;
    let c5 = 6_u32 + c3;
    let c6 = 7u32 * c3;
    println!("tmp,{} k = {:x}, y = {c6}", 63u8 >> (1327933009833871514i64 & 7i64), p1);
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    if 1_usize >= 1152921504606846976 {
        return;
    }
    let mut w7 = 0_u8;
    while w7 < 2u8 {
        w7 += 1;
        let mut v8: i32 = add_i32(-(-0x15f986f2i32 | 1), 5 & -67108864i32);
        ck = mix(ck, neg_i32((3i32 & 1073741823i32) + (2147483647 & 1073741823)) as u64);
    }
    ck = mix(ck, 98u32 as u64);
    let mut w9 = 0u16;
    while w9 < 3u16 && ck == ck {
        w9 += 1;
        if 0x9_isize > -4854384681134885531isize {
            for i10 in 3i32..5_i32 {
                ck = mix(ck, -(((if 0i64 < 4754491117925431327 { 26i16 } else { 0x1 }) & 127) * (34359738367_usize as i16 & 127) | 1i16) as u64);
            }
            let mut w11 = 0i32;
            while w11 < 2 && 2047usize != 0x7 {
                w11 += 1;
                let v12 = 5usize as i32;
                let mut v13: i32 = (if 0usize >= usize::MAX { w11 } else { v12 }) ^ sub_i32(v12, w11);
                let v15: isize = { let t14 = 11308580521683982375usize; 52isize };
            }
            println!("sum{{,{:^16.5} b {} a = {ck:9X} a {w11} step = {w7}", (if false { 2342000300785188369_isize } else { isize::MIN }) << (-43i8 << (69i8 & 7i8) & 63_i8), 9usize);
        }
    }
    f0(25);
    f1(0u32, -2147483648, 61);
    println!("ck = {}", ck);
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: i64) {
    for i1 in 0_i32..37 / ((0x3i32 & 7) + 1) & 3 {
        println!("y {i1:+X}n{{ {i1:5o} val = {:#.4}, step = {:#01}, x,{}", 2338759893_u32 != 29 || i1 != 32, -5991397965170194788isize, rem_i32(i1, 0i32) / (i1 ^ i1));
        if 1u8 < u8::MAX {
            break;
        }
    }
    let mut v2: u8 = 4u8;
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
