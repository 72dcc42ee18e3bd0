fn f0(p0: u64, p1: usize) {
    if -0x6cb3i16 >= 16384i16 && true && !(-593203405 > 0o6_i32) {
        let p1: i8 = div_i8(9, 0x8i8);
    }
    println!("q,{} y = {} lo,{},", 2147483647u32 | 0o4 != 18u32, 2147483648u32 as i64, 0x3u16 != 9);
    let mut w1 = 0u8;
    let v2: u32 = loop {
        w1 += 1;
        if w1 >= 5u8 {
            break 0b1000u32;
        }
        let mut v3 = if neg_i16(0x2702_i16) < 1980971567_u32 as i16 { if 0x0i64 <= -0x4bc0e0066f784080i64 && false { 16u16 / ((9_u16 & 0x7) + 0o1) } else { if p0 < p0 { 0o5 } else { 32768u16 } } } else { !9u16 | 0xfisize as u16 };
        if !(u16::MIN < 0b11u16) {
            break 0b1010000;
        }
        if p1 > 0o1777777777777777777777_usize {
            break if true { 9u32 } else { 7u32 };
        }
    };
}

fn f2(p0: u32, p1: bool, p2: i16, p3: u8) -> i32 {
    let mut w8 = 0o0u16;
    while 0x5u16 > w8 {
        w8 += 1;
        let v9 = (0x9_i64 > 0x5) ^ (i16::MAX >= p2);
    }
    let mut w10 = 0i64;
    let v11: u8 = loop {
        w10 += 1;
        if w10 >= 0b101 {
            break rem_u8(p3, p3);
        }
        println!("hi {w8}, b = {w10} step = {},", true || w10 != 0x4750382B39859DBDi64);
        if !p1 {
            continue;
        }
    };
    let v12 = add_usize(0x0, 0b11);
    let mut v12 = 95i64;
    -1194735365 & 0x50f827e7
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1(p0: i16, p1: usize, p2: usize, p3: u64) {
    for i4 in 0x0i32..(p3 > u64::MIN) as i32 & 3i32 {
        let v5: u32 = 0o113 % ((0b11111111111111111111111111111111u32 & 7) + 0b1_u32);
    }
    let mut w6 = 0i64;
    loop {
        w6 += 1;
        if w6 >= 0x8 {
            break;
        }
        if p0 < -0b100000000i16 {
            break;
        }
        println!("step,{},", p3);
    }
    let v7: isize;
    if true != true {
        v7 = 0x4u64 as isize;
    } else {
        v7 = (0x6isize >> (0o116i64 & 63i64) & 2147483647) * ((6isize ^ 0b111011) & 2147483647);
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (0o3u8 >> (8usize & 0o7usize)) as u64);
    let mut w13 = 0x0u16;
    while w13 < 0o2 {
        w13 += 1;
        println!("lo,{}z,{ck} res,{ck}", 0x400000_i64);
        let mut v14: u32 = 2173467071;
    }
    println!("step = {w13} hi = {ck},");
    if !(0o10i64 != 0o777777777777777777776i64) {
        let mut v15 = (0x33i64 << (sub_usize(0x4usize, usize::MAX) & 63)) as i32;
        ck = mix(ck, 0b1011011u64 as u64);
        let mut v16 = i16::MAX;
    }
    let mut v17: i64 = 0x4;
    ck = mix(ck, 5i64 as u64);
    v17 <<= 0x7FFFFFFFFFFFFFFFisize >> (w13 & 0x3fu16) & 63;
    f0(0o712700565404063044313, 0x3d7bd941c32cd065);
    f1(0x0, 2, 0o1000000000000000000000usize, 0x7u64);
    ck = mix(ck, f2(682601355u32, false, 0x5304i16, 0o0u8) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}
