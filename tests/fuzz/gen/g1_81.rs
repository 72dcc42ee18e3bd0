fn main() {
    let mut ck: u64 = 0;
    if (if 0_u32 <= 0u32 { 72u8 != 253u8 } else { 78i64 > 5183105193148355148 }) && (true || -0x29A4_i16 <= 0o5) {
        println!("b {}n,{ck}", false);
    }
    ck = mix(ck, (if 0u16 == 0x7fff { 175205243_i32 } else { 0x40000000i32 }) as u64);
    let mut v21: u32 = 0 / ((262143u32 & 7) + 1);
    let c22: u8 = 10;
    let c23: u8 = c22 | 5u8;
    let c24 = 0b1u8 | c22;
    let c25 = c24 >> 0;
    for i26 in (i16::MAX - 0b11)..i16::MAX {
        let mut v27: u32 = if i26 <= i26 { v21 } else { v21 };
        v21 = (sub_u16(46921u16, 12) % ((div_u16(u16::MAX, 0b11_u16) & 7) + 1u16)) as u32;
        println!("n {},", if 0o173014464145630112533isize > -0o756332267212741473101isize { { let t28 = c23; ck } } else { rem_u64(ck, ck) });
    }
    let mut w29 = 0o0u16;
    loop {
        w29 += 1;
        if w29 >= 3u16 {
            break;
        }
        ck = mix(ck, rem_u64(ck, ck) as u64);
    }
    let mut w30 = 0u32;
    loop {
        w30 += 1;
        if w30 >= 3 {
            break;
        }
        ck = mix(ck, (72isize >> (0o116i8 & 63)) as u64);
    }
    v21 = w30;
    ck = mix(ck, f0(4611686018427387904i64, -2083672509i32, 2741293103) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: i64, p1: i32, p2: u32) -> i32 {
    for i1 in usize::MIN..0x0usize {
        if 0xfffu16 <= 6 && true {
            break;
        }
        let c2: isize = -3;
        let c3 = c2 >> 46;
        let c4: isize = 9 / c3;
        let c5 = c3 ^ -8;
        let mut v6 = 0x7fu8 as u16;
    }
    let v7: u32 = if !(!(0x7 == 262144)) { (p2 & 65535) * (add_u32(p2, 8) & 65535) } else { mul_u32(p2, p2) >> (0x75u8 & 31u8) };
    if 1085832831133795991isize <= 0o1isize || false {
        let v8 = 9u8 <= 158u8;
        let c9: u32 = 0o6;
        let c10 = c9 << 19isize;
        let c11 = 0b11u32 | c9;
        let c12 = !c10;
    } else {
        let p0: bool = 0x3usize <= 0b10;
        let mut w13 = 0u16;
        while 6_u16 > w13 {
            w13 += 1;
            let mut v14: bool = p0;
            if p0 && w13 <= w13 {
                break;
            }
            if 0b11isize >= -148545756278967808isize {
                continue;
            }
        }
        println!("hi\",{}, res = {}", 0x0i8, (9i16 % ((0b1011101_i16 & 0o7) + 1)) as u64);
    }
    if 0u8 > 127 {
        for i15 in 0o1u32..=3_u32 {
            if true || 0x0u16 > 0u16 {
                continue;
            }
            let p0 = -0o5314627731 << (365101247u32 & 0o37);
        }
        let v16 = 0b110101usize % ((6 & 0o7) + 1);
        let mut w17 = 0b0i64;
        while w17 < 5 {
            w17 += 1;
            let v18 = 0x5u8 << (v7 & 7);
            let c19 = 0o7;
            let c20 = !c19;
        }
    }
    i32::MAX
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
