fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: i32, p1: bool) -> i16 {
    if p1 {
        let v2: usize = { let t1 = 0b1010101000001000000110010001111001001001110001101101101110011010usize << (0x0usize & 0b111111); div_usize(t1, t1) };
        for i3 in 4..=6u16 {
            let mut v2 = i16::MIN;
            let mut p1 = div_u32(div_u32(0, 0) as u32, (7 | 2147483648) - (2 & 0o17777777777) >> (v2 / ((v2 & 7) + 0b1) & 31));
        }
        if 31i16 > 0x28 {
            let mut v4: i32 = rem_i32(p0, p0);
        }
    } else {
        let p0: i16 = 8i16;
        if p1 {
            println!("ck: {} r,{} val,{p0}", 0u16, (262144i64 & 4611686018427387903) + (i64::MAX & 4611686018427387903));
            let mut v5: isize = 0o1_3;
        }
    }
    let mut w6 = 0_usize;
    let v7: i64 = loop {
        w6 += 1;
        if w6 >= 8 {
            break -(97 | 0o1);
        }
        println!("r {p1}d: {w6} n = {}", if (if p1 { p1 } else { p1 }) { 0b110_i16 as i16 } else { 8076 });
    };
    -(0o7 | 1)
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1() -> usize {
    if !(562949953421311i64 > 9223372036854775806) {
        let v8 = (if (0x9i16 > 0o200) & false { 0b1110 & 0b1001 } else { (usize::MIN | 0b1_0_00000000_000_0_0_0_0_000000000_0_0_00_00000_000_00000_0_00_0_00000000000_0_00000) - (0b100010101110001010001010001111011010011111101101100001111000 & 9223372036854775807) }) % ((usize::MIN & 7) + 1);
        println!("sum");
    } else {
        let v9: i32 = -2147483648;
        if 83u16 > 9 {
            return sub_usize((4 & 922_337203_68547758_07) + (0x6 & 9223372036854775807), add_usize(9223372036854775807, usize::MIN));
        }
    }
    let mut v10: u16 = 0o10;
    ((sub_i32(2, -642091856) & 1073741823) - (48_585118_0 >> (-0o77777i16 & 31) & 1073741823)) as usize
}

fn main() {
    let mut ck: u64 = 0;
    if (71u16 & 0o377) * (3 & 255) != rem_u16(0, 65535) {
        if ck == ck {
            println!("ck {ck} r,{ck}");
        } else {
            let v11: u32 = 229185117;
            println!("a: {} val = {v11}, ck {v11}", 50u8 as u16 == (if false { 44689 } else { 0 }));
        }
    } else {
        println!("lo{{}}: {ck}, it,{} res = {},", 6, 7u32);
        for i12 in u32::MIN..2 {
            let mut v13 = !(!(0_u16 >= 0o0));
        }
    }
    let mut v14: u64 = ck;
    let v16: u16 = (if !(8usize >= 76) { 0x8 } else { { let t15 = 0usize; 0 } }) >> ((u16::MAX as i16 & 16383) + ((8i16 | 8) & 16383) & 15i16);
    let mut v17: u64 = 12879018868412078867;
    ck = mix(ck, f0(5, false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}
