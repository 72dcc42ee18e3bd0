fn f3(p0: usize) -> u32 {
    if p0 == 0 {
        return if !(0_u64 > 0) { if 8i16 < i16::MIN { 1 } else { 0 } } else { -80i8 as u32 };
    }
    let v15 = ((2usize | 0b1111111111111111111111111111111111111111111111111111111111111110usize) & 4294967295usize) * (usize::MIN & 0xffffffff);
    for i16 in 3i64..6i64 {
        let c17: i64 = -9007199254740992;
        let c18 = !c17;
        let c19 = c17 - c17;
        let mut v20 = (3u32 & 2147483647) + (5 & 2147483647u32);
        let mut v21 = 0x80000u64 | 1u64;
    }
    let v22 = f3(p0 - 1);
    sub_u32(3, v22)
}

fn f1() -> u64 {
    let v6: u8 = sub_i32(-746170665, 51_i8 as i32) as u8;
    let v7 = -(38i64 >> (isize::MAX & 63) | 1);
    let v8 = 0 | usize::MAX;
    (div_u64(if false { 8u64 } else { 72 }, (1u64 | 9223372036854775808) - (4145580967511335349u64 & 9223372036854775807u64)) & 4294967295u64) * (0 & 4294967295)
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0() -> u64 {
    let c1 = 0u32;
    let c2 = c1 << 17i32;
    let c3 = c2 - c2;
    println!();
    if !false {
        return rem_u64(0u64, 4u8 as u64);
    }
    print!("hi ");
    let c4: u32 = 2175075454_u32;
    let c5 = c2 >> 14_u16;
    !(if !(c1 == c3) { 91u64 >> (25989u16 & 63u16) } else { rem_u64(3, 97) })
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w23 = 0u8;
    let v24: bool = loop {
        w23 += 1;
        if w23 >= 6 {
            break 5865107106646917445i64 <= i64::MIN && true;
        }
        if true || false {
            return;
        }
        ck = mix(ck, ((49_i32 < 0o17777777777 || i32::MAX == 1) && !(9223372036854775806isize >= isize::MIN)) as u64);
    };
    ck = mix(ck, (v24 && 8_i32 > 2013793942) as u64);
    for i25 in i64::MIN..(i64::MIN + 7i64) {
        let v26: u64 = ck;
        f1();
        println!("b {v26:x} step,{:b}, k {:X},", -32767i16, i25);
    }
    let v24 = -((0i32 & 32767i32) * (329743345_i32 & 32767i32) ^ (6i32 | 9_i32) | 1_i32);
    println!("res {} n = {v24}, res: {ck} out: {}, tmp: {}", mul_u64(6151894164969114139u64, 49u64) as usize, 480842071647757103_i64, v24);
    ck = mix(ck, (((i16::MIN & 127) * (0o2i16 & 127i16) & 127i16) * ((-4_i16 & 127) * (i16::MAX & 127i16) & 127)) as u32 as u64);
    let v27: u64 = ck & ck;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    f2();
    ck = mix(ck, f3(11usize) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f2() {
    let c9 = -0x8_i64;
    let c10: i64 = c9 & 32i64;
    let c11: i64 = c9 | 576460752303423487_i64;
    let c12: i64 = -8;
    let c13 = c9 + c12;
    let c14 = c10 / c12;
}
