fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: bool, p1: u8, p2: u16, p3: u8) -> i32 {
    let mut v1 = p3 * ((5usize as u8 & 127) + (7usize as u8 & 127));
    print!("step = {}, step = {}, ", p0 && p0 || 7isize > 16777215 && p0, (9223372036854775808usize > usize::MIN) as isize);
    let mut v3: i64 = { let t2 = 1023isize; i64::MIN };
    if !(p0 && true) {
        let v4: isize = 5068398382348551004;
        if p0 != p0 {
            let p2 = v4;
        }
    }
    for i5 in 0i16..(i16::MIN & 16383__i16) - (71 & 16383i16) & 3 {
        v1 &= div_u8(p1, v1);
        let mut w6 = 0u32;
        loop {
            w6 += 1;
            if w6 >= 0x3u32 {
                break;
            }
            println!("x,{v1}");
        }
        let v7 = v3 != v3;
    }
    i32::MIN
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 2i32 as u64 as u64);
    let mut w8 = 0x0u32;
    loop {
        w8 += 1;
        if w8 >= 0b1000 {
            break;
        }
        ck = mix(ck, (0u16 >= 8 || w8 == 0) as u64);
        for i9 in 2u64..4u64 {
            if 9u8 == 5 {
                break;
            }
            if false {
                break;
            }
        }
        if w8 != w8 {
            let v10 = (((16383i16 & 16383i16) + (1024 & 16383)) % ((div_i16(-16384i16, -32768) & 0b111i16) + 1)) as i8;
            ck = mix(ck, 0i64 as u64);
            let mut v11: bool = false;
        } else {
            ck = mix(ck, !4i64 as u64);
        }
    }
    let v12: u8 = 4;
    let mut w13 = 0x0u32;
    let v14: u64 = loop {
        w13 += 1;
        if w13 >= 1 {
            break ck | 0o161530664546557637113u64;
        }
        let mut w15 = 0_i32;
        while 5 > w15 && !false {
            w15 += 1;
            let v16: u64 = -(44i8 & -0b10000000i8 | 1) as u64;
            let mut v17: usize = 62;
            let v17 = ck ^ 0b0;
        }
    };
    ck = mix(ck, (v12 > 0o7_u8 && ((if 0usize <= 9223372036854775808usize { true } else { 0b111u8 != v12 }) && (62_i8 <= 0i8 || 90u16 < 59203))) as u64);
    ck = mix(ck, f0(false, 8_, 8, 0b0) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
