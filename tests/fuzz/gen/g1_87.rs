fn f0(p0: u32, p1: bool) -> i16 {
    if p1 && 0b11i64 < 4 {
        return -0b100101001110100i16;
    }
    if p1 {
        println!("q,{}, hi {} k: {p1}r = {p0}", 0x26usize / ((8 & 0b111) + 1) << (usize::MIN as u32 & 63), (p1 && 0x43i8 != i8::MAX) != (9 >= 0o10));
    } else {
        if false {
            println!("lo\t: {},", 0o1i32);
            let mut p1 = u8::MIN;
        } else if 0x16u16 >= 65535 {
            let mut p0 = p1;
        }
        if p1 && p1 {
            let v1 = ((if true { 0o3127334141_i32 } else { 0o11 }) & 1073741823) + (0x54CB2A48 & 0x3fffffff);
            let p0: u8 = sub_u8(6, 0b11) ^ u8::MIN;
            println!("val = {}", v1);
        } else if -1i8 == 0x5e {
            let v2: u32;
            let v3: i64 = -(9 | 0b1);
            v2 = p0;
        }
    }
    if p1 {
        let mut v4: bool = !p1;
        for i5 in 0b0u64..0x4C & 0o7 {
            v4 = usize::MIN | 0b101 < 0o211241502000321551577;
            if p1 {
                break;
            }
        }
    } else if p1 {
        let mut v6: i64 = 0o2;
    } else {
        println!("d = {}, acc,{p1}, val = {p1}", true);
        if false & p1 {
            return 0x2 / ((-0b100000100000110 & 7i16) + 1) | !0x7fff;
        }
    }
    3
}

fn f1(p0: isize, p1: i16) -> u32 {
    println!("a{{ = {} d {} sum {0},", false || (true || true), (0o0u64 & 0b101) as i32);
    println!("sum = {p0} lo {p1}q = {p0}");
    println!("y {p1} out,{} k,{}", 0b0 & 0x65bbc876i32, 0o366u8 >> (0x3u32 & 7));
    let v7: u64 = !2;
    let mut w8 = 0o0usize;
    let v9: isize = loop {
        w8 += 1;
        if w8 >= 4 {
            break isize::MIN;
        }
        if w8 < 0x47607B415B7C8908 {
            continue;
        }
        let v10: u32 = 0b1010001;
    };
    sub_u32(v7 as u32, 1073741824_i32 as u32) ^ u32::MIN & u32::MAX
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if !true {
        if ck >= 0b110 {
            let mut v11: i8 = neg_i8(126 >> (0x31u64 & 7));
            v11 = sub_i8(v11, v11 | -(0x8 | 0x1_i8));
        } else {
            let v13 = !({ let t12 = 0b1100111111010100011001010111111010000011110100111011110111011001u64 as u16; neg_i32(9) });
            let v14: i8 = 0x1;
        }
        for i15 in -0x1..3i16 {
            let mut v16 = 0x9i64 <= i64::MIN || 70u8 > 0x5a;
            ck = mix(ck, (div_u32(3802669631u32, 0o5664743426) / ((f1(0x5, i15) & 0b111) + 0b1)) as u64);
            v16 = v16;
            let ck: bool = 512i16 >= -0x7;
        }
    }
    ck = mix(ck, ((if -23074378 < i32::MIN { 134217728 < 3 } else { false }) != false) as u64);
    ck = mix(ck, (if 0i8 > 4 { { let t17 = 4294967294u32; 0o10u64 } } else { 0x7fffffffffff / ((0b0 & 7) + 0o1) }) as u64);
    let v18: i16 = -0o100000 / ((16384 & 0b111) + 1);
    let mut v19: bool = !(!(0x3i8 != 18));
    ck = mix(ck, (if v19 || v19 || i8::MIN == 0o7 { (-0x5i64 / ((0b0 & 7) + 0o1)) as i8 } else { 0x6_u32 as i8 % (((0x9 & 0o7i8) * (i8::MIN & 7) & 7) + 1_i8) }) as u64);
    ck = mix(ck, f0(0x49D4EDA6, false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x168BB338A3BFBD20, 4) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
