fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((562949953421311_usize & 0o37777777777) * (131072 & 4294967295) ^ (usize::MIN | 0x8000000000000000) - (usize::MAX & 9223372036854775807usize)) as u8 as u64);
    println!("y é,{}", -3839831132385660125i64);
    print!("ck: {ck}step = {} d,{ck}\n", false);
    let v2 = f0();
    let mut w3 = 0u8;
    let v4: i64 = loop {
        w3 += 1;
        if w3 >= 3 {
            break ck as i64;
        }
        if true {
            let v5: i16 = i16::MIN;
            if 9223372036854775807i64 < 5 && 6isize != -0o1000000000000000000000 {
                break if true { -2645101764627170750 } else { 64 };
            }
            let mut v7 = (0b1000000000000isize as i64) < ({ let t6 = 6; -3945934551861020673 });
        }
        ck = mix(ck, ((div_u8(w3, w3) & 15u8) * (f0() & 0o17)) as u64);
        f0();
    };
    let v8 = (if ck <= 1 { 2 >> (ck & 63) } else { 0xbcu8 as u64 }) << neg_isize(0xFFFF << (0o2i16 & 63i16));
    let mut w9 = 0usize;
    while w9 < 1usize {
        w9 += 1;
        let mut v10 = f0();
    }
    println!("y {} n {} sum: {v8}b {v4}", 0u32, (w9 >> (v8 & 63)) as i32);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0() -> u8 {
    println!("tmp {}, step = {},", 2usize, 81usize);
    let mut v1: u16 = 65534;
    (9970616991280872598u64 ^ 0o0_u64 ^ rem_u64(9223372036854775807, 0o0)) as u8
}
