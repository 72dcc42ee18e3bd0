fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0(p0: u64) -> usize {
    if p0 == 0 {
        return sub_usize(2485773442486386205_usize, 128) << ((0b1_11_u8 & 1_2_7_) + (88u8 & 127) & 63);
    }
    let mut w1 = 0u32;
    let v2: u16 = loop {
        w1 += 1;
        if w1 >= 3 {
            break w1 as u16;
        }
        let mut v3 = ((if 16221210661728367076usize >= 12263395533623465403 { 0b110 } else { 8u8 }) | 128) - ((if w1 < w1 { 8 } else { u8::MAX }) & 127) >> (rem_u64(54u64, sub_u64(6039570222732377472, u64::MIN)) & 7);
    };
    let mut w4 = 0o0_i64;
    let v5: i32 = loop {
        w4 += 1;
        if w4 >= 0x3 {
            break 6;
        }
        let v6: u8 = 1;
        let mut w7 = 0u32;
        while w7 < 5 {
            w7 += 1;
            let v6: u32 = u32::MIN;
        }
        let mut v8 = -115_292150_4_6_0684_697_6 | w4;
    };
    let v9 = f0(p0 - 1);
    15902406237794011375 & 0x6
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
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

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w10 = 0u8;
    loop {
        w10 += 1;
        if w10 >= 4u8 {
            break;
        }
        let v11: i64 = 30i64 >> ((65534_u16 | u16::MAX) & 63) & (w10 >= w10) as i64 % (((-0o672637600771474467633i64 | -0x10b526bed73cd2b4) & 7) + 1);
    }
    ck = mix(ck, div_i32(33554432_i32, i32::MIN) as i64 as u64);
    let v12: i16 = -17 ^ rem_i16(i16::MAX ^ 1, -8_i16 as i16);
    let mut v13: u8 = if 63i32 != 91 && true { w10 } else { 35i8 as u8 };
    v13 = !v13;
    let v14: usize;
    if 31u16 > 55859 && v13 == w10 {
        v14 = 4u16 as u16 as usize;
    } else {
        v14 = if !(2506180392300019992_isize > 8) { f0(ck & 15) } else { sub_usize(usize::MIN, 2_usize) };
    }
    println!("hi: {}, d: {} res = {v13}ck = {v12}", div_i32(sub_i32(1073741824__i32, 5_), 8191_i32 ^ -1310715667), -40i8 as i8);
    ck = mix(ck, f0(2_u64) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
