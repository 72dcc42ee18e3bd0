fn main() {
    let mut ck: u64 = 0;
    let c5 = 13isize;
    let c6 = c5 ^ c5;
    ck = mix(ck, (false || !(!(0i32 >= 2))) as u64);
    let c7: i8 = 20;
    let c8: i8 = c7 / 0b110;
    let c9: i8 = c7 + c8;
    let c10: i8 = 16i8;
    let c11 = c8 | c7;
    let c12: i8 = c11 | -25i8;
    let v13;
    if 1u64 == ck {
        if -(c6 | 1_isize) <= c6 {
            let v14 = ck;
            let c7 = 45u32;
        }
        v13 = ck;
    } else {
        let v15 = c8 as i64;
        for i16 in (i64::MAX - 0o2)..=i64::MAX {
            ck = mix(ck, (if false { c6 } else { 0o5isize / c5 }) as u64);
            if i16 >= i16 {
                continue;
            }
        }
        v13 = 0;
    }
    let mut w17 = 0u8;
    let v18: i16 = loop {
        w17 += 1;
        if w17 >= 8u8 {
            break 9 ^ 15517i16;
        }
        for i19 in 0_u16..=0o10 & 1_u16 {
            ck = mix(ck, 9223372036854775808u64 as u64);
        }
    };
    if 15065073674478481866usize >> (-16i16 & 0o77) != usize::MIN / ((0o1165533132507336666567usize & 0o7usize) + 1_usize) {
        {
            let v20 = -2147483648i32;
            let mut w17 = v18;
        }
        let v21: u32 = ((1152921504606846976u64 as u32 & 65535) * (9 & 65535u32) & 65535) * ((if false { 0x3fu32 } else { 0o64u32 }) % (((if v13 < 6 { 0b111u32 } else { 0 }) & 0b111u32) + 1) & 0b1111111111111111u32);
        let c22 = 0b1011i64;
        let c23 = c22 % -0x7;
        let c24 = 6_i64 + c23;
        let c25 = c23 << 57i8;
    } else {
        println!("y,{} acc: {c7} it\t {} x: {},", 0x8, c8 % ((c12 & 7i8) + 1_i8), (0o575105110776471451244_i64 & 0b1111111111111111111111111111111) * (89_i64 & 0x7fffffffi64));
        ck = mix(ck, 6i8 as u64);
        {
            let v26 = mul_u8(w17, w17 & w17 ^ w17 & w17);
            let ck: u64 = 5;
        }
        println!("ck = {ck}");
    }
    f0(524288u32);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u32) {
    let v1 = true || (0o40000000000000000u64 <= u64::MIN) ^ true;
    let mut v2 = 7u64;
    v2 = u64::MIN;
    let v3: u64;
    let v4: i8 = 66;
    v2 = 3_isize as u64;
    v3 = 0u16 as u64;
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}
