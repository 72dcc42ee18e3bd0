fn f0(p0: usize, p1: i32, p2: i8, p3: i16) -> u64 {
    let v1: u32 = div_u64(15_041426461699500_0_91u64, 1_u64) as u32;
    println!("k{{ {} ck {}", p0, (12u8 & 127) + (7_ & 127));
    let v2: i32 = p1;
    { let t4 = rem_isize(128_i16 as isize, { let t3 = 20u16; 7 }); add_u64(2, 15028183622686556684) ^ (4 | 9223372036854775808) - (u64::MIN & 9223372036854775807) }
}

fn main() {
    let mut ck: u64 = 0;
    for i5 in (i32::MAX - 0)..=i32::MAX {
        ck = mix(ck, i5 as u64);
    }
    let v6: isize = 96;
    let v7 = (div_u8(0_, 127) & 127) + ((43_ & 127) + (255 & 127) & 1_2_7_);
    let mut w8 = 0usize;
    while w8 < 8 {
        w8 += 1;
        {
            let mut v9 = w8;
            let v7: u16 = 8;
        }
        println!("v7 = {v7:b}");
        println!("x: {v6: ^}");
    }
    ck = mix(ck, f0(28, 14, -16_, 76) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}
