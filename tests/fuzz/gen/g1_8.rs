fn f0(p0: u16, p1: i64) -> u32 {
    for i1 in 0o0u64..0x3 & 7 {
        print!("a|");
        if false || 0b1111110i8 <= -0x66 {
            return 0o5;
        }
    }
    println!("y {}", 9u32);
    let mut v2: i64 = 0x0;
    print!("step {p0}b = {}\n", 7u8 | 8);
    88
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((!-0b1000000000000i64 & 2147483647i64) * (0o2000000000000000000_i64 & 0o17777777777) / (((u8::MAX | 0x1) as i64 & 7) + 1)) as u64);
    let mut w3 = 0b0u16;
    let v4: u8 = loop {
        w3 += 1;
        if w3 >= 0x1 {
            break 0xa98103b3u32 as u8;
        }
        f0(if false { 0x8 } else { w3 }, sub_i64(-0b11100100001101001011001010010001100101100111011010000000001101, 0o0));
    };
    let v5: i64;
    if 0x3i64 <= i64::MIN {
        v5 = if w3 >= w3 { 42 } else { 0b100000000 >> (v4 & 63) };
    } else {
        v5 = (false && 0b0u16 == w3) as i64;
    }
    ck = mix(ck, isize::MIN as u64);
    let v6 = sub_i32(i32::MAX, (0x7 & 0b111111111111111) * (-0x10396845 & 0b111111111111111));
    let mut w7 = 0b0i64;
    while w7 < 0x3 {
        w7 += 1;
        f0(w3 ^ w3, -0o6);
        if false {
            ck = mix(ck, w7 as u64);
        } else if !(80i16 != 2416) {
            let v8: u8 = rem_u8(v4, v4) | v4;
            f0(w3, w7);
        } else {
            let mut v9: i64 = w7;
            let mut v10: u8 = u8::MAX;
            let mut v11: u8 = 0;
        }
        if w3 != w3 || v4 > 1 {
            return;
        }
    }
    ck = mix(ck, f0(0x0u16, 0x800000000) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
