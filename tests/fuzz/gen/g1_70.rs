fn f0() -> i32 {
    println!("x,{0}", 1u64 > 0 || -4096 != 0o16105007_00_0);
    {
        let mut v1: u32 = 0xa324d8bc_;
        let v1: i16 = -32768;
    }
    let mut w2 = 0_i64;
    while 4 > w2 {
        w2 += 1;
        if -3276_7i16 > 8192 && false {
            continue;
        }
        let mut v3: u32 = w2 as u32;
        let mut v4 = -(isize::MAX & -8_3_7893_1_24_8_65_7687514 | 0x1);
    }
    -1283007267
}

fn main() {
    let mut ck: u64 = 0;
    for i7 in 5u8..8 {
        let v8: u16 = 6;
        let mut i7: bool = !false;
    }
    f0();
    let v9: i16 = -(47 | 1);
    for i10 in 2..=4i8 {
        ck = mix(ck, (if v9 <= 2820 { if false { 7i32 } else { 97 } } else { if false { 2 } else { i32::MAX } }) as u64);
        for i11 in -0o1_isize..=1 {
            print!("d = {ck}|");
            println!("out: {v9}lo = {i11:12} res {i10:9b} d: {0:#o}", -0o1_05212061_2_0i32);
        }
        for i12 in 2..=7usize {
            println!("it: {}, tmp = {i12:.>#.5}", i8::MIN);
            ck = mix(ck, i32::MAX as usize as u64);
        }
        let mut i10: i16 = v9;
    }
    let mut w13 = 0_u32;
    let v14: bool = loop {
        w13 += 1;
        if w13 >= 4 {
            break false;
        }
        if 5857940942959541896usize > 1 && true {
            let v15: u8;
            if add_u8(0u8, 34) < add_u8(137, 0b1000) {
                v15 = 128u8;
            } else if 81usize <= 2usize && !(ck == 7u64) {
                v15 = mul_u8(5u8, 8_u8);
            } else if i64::MAX != 53i64 {
                v15 = 0;
                let w13: bool = true;
            } else {
                v15 = 3;
            }
            let mut v16: isize = 5;
            let v17 = w13;
        }
    };
    ck = mix(ck, (-9223_3720368_547_7_5807i64 <= i64::MIN && !true && true) as u64);
    let v18: usize = 35;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(7, 4, 32, 85) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
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

fn f1(p0: usize, p1: usize, p2: u64, p3: u64) -> usize {
    if p0 == 0 {
        return add_usize(p0, 9223372036854775807) % (((0 & 4294967295usize) * (0_ & 4294967295) & 7usize) + 0b1);
    }
    let v5 = 30_i8 as i32;
    let v6 = f1(p0 - 1, p1 << (0_u32 & 63), p2 - p3, p3 ^ p3);
    div_usize(v6 ^ p1, v6 % ((p1 & 7) + 1)) - rem_usize((6 & 4294967295usize) * (9223372036854775808usize & 4294967295usize), 0o45)
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}
