fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v4: i32 = 6__i32 ^ -1313828185i32;
    let v5: u64 = add_u64(f0(96_i64), v4 as u64);
    println!("ck");
    println!("lo: {}, q {},", 56889u16 == 7u16, i16::MIN ^ 0_ ^ (1 & 16383i16) - (0x0i16 & 16383));
    println!("y");
    v4 /= (v4 & 7) + 1i32;
    if 7u32 != 0u32 {
        let mut v6 = true;
        let mut v7 = (div_u32(68_u32, 21_47483648) | 2147483648u32) - ((2u32 ^ 9) & 2147483647);
    } else {
        let v8 = 0u16;
        v4 = 0;
    }
    for i9 in 0x0u16..(-9223372036854775807isize < -0o4000000000000000000isize) as u16 & 3 {
        v4 = v4;
        let mut v10: u16 = i9;
    }
    ck = mix(ck, f0(-9223372036854775807i64) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: i64) -> u64 {
    {
        let mut p0 = !(p0 as u64);
    }
    println!("x: {p0} hi {p0}");
    let mut w1 = 0usize;
    let v2: u32 = loop {
        w1 += 1;
        if w1 >= 0b101 {
            break 0x80000;
        }
        let v3 = w1;
    };
    u64::MAX
}
