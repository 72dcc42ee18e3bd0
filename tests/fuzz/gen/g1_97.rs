fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    if (if 9i8 == 90 { 5_4i8 != -4i8 } else { false }) {
        return;
    }
    {
        let ck = 2u16;
    }
    let mut w9 = 0u8;
    let v10: u16 = loop {
        w9 += 1;
        if w9 >= 6 {
            break u16::MAX;
        }
        ck = mix(ck, (18446744073709551615usize << (-32_i16 & 63) >> (837033223u32 << (-0o20i8 & 0o37) & 63__u32)) as u64);
        if 64u16 == 54 {
            break (u16::MAX & 32767) + (31927_ & 32767);
        }
    };
    let mut w11 = 0i64;
    loop {
        w11 += 1;
        if w11 >= 8 {
            break;
        }
        ck = mix(ck, (v10 % ((v10 & 7) + 1) % ((({ let t12 = 5i16; u16::MIN }) & 7) + 1)) as u64);
        ck = mix(ck, (ck <= ck) as u64);
        println!("lo");
    }
    let v10 = 67usize != (if 71_isize > 2 { 0 } else { 76 });
    let v13 = !((4i16 & 16383) + (3_8 & 16383));
    ck = mix(ck, f0(3, 6, 7, 5) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(9) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: usize) -> bool {
    if 16u8 >= 16 {
        f0(false as usize, if -32i8 != 5_i8 { p0 } else { p0 }, 3451898645u32 as i32, 4095_u16 as i32);
    }
    let v3 = sub_i64(100, -0o3502_053_0600_505_7_516111);
    println!("q: {0} hi {v3:-16}, a,{1}a,{v3:<+7o}", 1000612400 & 4_095, 16838116465465939794u64 != 18446744_0_7370_9_5516_15);
    let mut w4 = 0u16;
    let v5: bool = loop {
        w4 += 1;
        if w4 >= 3 {
            break !(38u32 >= 6);
        }
        let mut v6 = (4isize ^ 72057594037927936_) << (w4 << (0u16 & 1_5) & 6_3);
        if true {
            break 2135037561 < i32::MIN;
        }
        let v7 = w4;
    };
    let v8: i16;
    if i8::MIN > -3_2 && (v5 || 8i8 > 57) {
        f0(add_usize(p0, p0), p0, sub_i32(3_, -4), 75);
        v8 = 4;
    } else {
        v8 = 0x0;
        println!("d: {} r,{:>.1} z: {0:+03?} hi,{v5: >16}out {:4o},", sub_i32(1073741824, 1 & 87), !p0, 5i16);
    }
    (neg_i8(69) & 7) * (1 & 7) > (9 & 63) + (i8::MAX & 63)
}

fn f0(p0: usize, p1: usize, p2: i32, p3: i32) -> u64 {
    {
        let p1: isize = mul_isize(-8_2_810832_646_822_3953_9, 64);
    }
    println!("p1 = {p1}");
    let v1 = p1;
    ({ let t2 = -1109212557105534149_i64; 3 }) >> (17_2_1647_6_6380_65_97_14_62u64 & 63)
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mul_isize(a: isize, b: isize) -> isize {
    if a > 0 {
        if b > 0 {
            if a > isize::MAX / b {
                return a;
            }
        } else if b < isize::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < isize::MIN / b {
            return a;
        }
    } else if a != 0 && b < isize::MAX / a {
        return a;
    }
    a * b
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}
