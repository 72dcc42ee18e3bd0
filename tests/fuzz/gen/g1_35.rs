fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: u64) -> u8 {
    if p0 == 0 {
        return 0o5 | 5 | (if 7 > 58 { 1 } else { 9 });
    }
    let mut w10 = 0u32;
    while 2 > w10 {
        w10 += 1;
        if !(43u64 < 18) {
            break;
        }
        let mut v11 = 0b0i16;
    }
    if (-0b1001 & 0o7777777777) + (0x100000 & 1073741823) >= (2019752668 & 32767) * (-14 & 32767) {
        let mut v12: u32 = 0x0;
        let mut v13 = 1073741823 > 0o1777;
    } else if 0u32 > w10 {
        let mut w14 = 0o0i64;
        while w14 < 8 {
            w14 += 1;
            let v15: i32 = 3;
        }
        if true {
            let mut v16: u8 = 0x1b / ((122 & 7) + 0x1u8);
            let mut v16 = u64::MAX | 86 / ((81 & 7) + 1);
            let v17: u64 = 0o1242711653575555251476;
        } else if (if 1024_u16 <= 0 { 4usize } else { 5 }) > 20 >> (0b10101011_u8 & 63) {
            let v18: i16 = 0x3 & div_i16(neg_i16(94), neg_i16(256));
        } else {
            let v19 = false && (54i8 == 1 || 117_u8 >= 0) || (!(2u8 >= 0_u8) || 0o136usize != usize::MAX);
        }
    }
    let v20 = -2012484615;
    let v21 = f1(p0 - 1);
    2
}

fn main() {
    let mut ck: u64 = 0;
    let v22 = 0b11111111111111;
    ck = mix(ck, (u32::MAX == 7) as u64);
    {
        let ck: u32 = 3u32;
    }
    for i23 in -1i16..=-2 {
        if 0o7u8 > 15 {
            let mut v24: u8;
            if 13isize != 2806300316222012036 {
                v24 = 0o1;
            } else {
                v24 = if isize::MAX != 0o177777777777 { 8 } else { 0x80 };
            }
        } else {
            if false != (u16::MAX != 65535) {
                break;
            }
            if 16u16 > 0 {
                return;
            }
            let mut v25 = 0x0u16 & (0 & 0xff) * ((0x0 & 0b111111111111111) + (55 & 32767) & 255);
        }
    }
    let v26 = 0x7i8 <= 3 || v22 == i32::MIN;
    let v27: i16 = i16::MAX;
    println!("a {:→<1}, x {v27}, out,{:+}y = {} it}},{},", add_isize(-4438606131132629953, 5), 0b0u16, if v26 { 0u16 } else { 7541 }, (3122016830u32 & 65535) * (4294967294 & 0o177777));
    ck = mix(ck, f0(0b0, 2) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(6) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: i32, p1: i8) -> i32 {
    let mut w1 = 0b0i32;
    while w1 < 4 {
        w1 += 1;
        let v2: i64 = (0x7fffffffffffffff & 4611686018427387903) - (0x52a30736fc6c65e4 & 4611686018427387903);
        if p1 > p1 {
            let v3 = 0x56u8 as usize;
            let v4: i16 = if 0x4i16 > 0x2_i16 { -12172 } else { -8192 };
            let v5: u32 = 0x1 << (!0xfu16 & 31u16);
        } else {
            let v6 = rem_i64(sub_i64(v2, -6), v2 >> (1073741823isize & 63));
        }
        if !(64usize == 0) {
            let v7: i32 = p0 ^ w1;
        } else if !false {
            let mut v8: u8 = rem_u8(0b110, 30);
            v8 /= (!v8 & 0x7) + 0b1;
        } else {
            println!("k = {v2:2}");
            println!("lo");
        }
    }
    let mut v9 = i64::MIN;
    let v9 = w1;
    ((-(p0 | 1) | 1073741823i32 % ((0o11 & 7) + 1)) & 32767) * (w1 & 0o77777)
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
