fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
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

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (8_u32 & 0u32) as u64);
    ck = mix(ck, !(0x1u8 <= u8::MAX) as u64);
    ck = mix(ck, ((f0(rem_u8(0, 0) & 15, false && i64::MAX != 54) & 4294967295) * (18446744073709551615usize & 4294967295)) as u64);
    ck = mix(ck, (4usize >> (32767_i16 & 63)) as u64);
    ck = mix(ck, f0(11, false) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(-2147483647, 9223372036854775807, 106) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(83) as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(3443296795u32, 6_i32) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn f3(p0: u32, p1: i32) -> i64 {
    let c11: u32 = 28;
    let c12: u32 = c11 - c11;
    let c13: u32 = !c12;
    let mut v14: usize = if f2(if p1 < p1 { 1 } else { i8::MAX }) { 9 } else { 4_ };
    if -32768i16 != -16 && true && (-4_5_960_86_577_79668697i64 <= 6 || -2162401984768631590_isize > 2) {
        v14 = v14;
        f1(p1, i64::MAX & 6, 16 / ((254u8 & 7) + 1));
    }
    let mut w15 = 0usize;
    while w15 < 3 {
        w15 += 1;
        let mut w16 = 0usize;
        while w16 < 1usize {
            w16 += 1;
            for i17 in 0isize..(0x37 ^ 0) & 7 {
                v14 = !v14;
            }
        }
    }
    (add_i64(if 9i64 <= -3469369435638088519 { -32768 } else { 6496195778272142796_i64 }, 2283993831812294391) & 4_6116_8_601842_73879_03) + ((4611686018427387904i64 << (-2048 & 63i32) & 2147483647) * ((if i8::MIN > 0o56i8 { 7887195963574095127i64 } else { 4611686018427387903 }) & 21_47483_6_47i64) & 4611686018427387903)
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: i32, p1: i64, p2: u8) -> i32 {
    print!("res {p2} r,{} res: {: ^9b }, r: {}x {0:^6x}\n", 0x4000000000000000isize, f0(73 & 15, 24i8 <= 4i8), p0);
    for i4 in isize::MIN..=(isize::MIN + 3isize) {
        let v5: i8;
        v5 = 8 | -128;
        let mut p0 = i16::MAX == 32767i16;
    }
    f0((p2 | 128) - (p2 & 127) & 15, !true);
    let mut v6 = (7u32 | u32::MIN) >> (u8::MIN & 31);
    p0
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
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

fn f0(p0: u8, p1: bool) -> usize {
    if p0 == 0 {
        return (if p1 { 6i16 } else { -32767 }) as usize;
    }
    let v1 = add_i16(45, 45);
    let mut v1 = 3u32;
    let v2: u8 = 0u8;
    let v3 = f0(p0 - 1, p1);
    sub_usize(add_usize(0b0, v3), div_usize(v3, 477240752832546954usize))
}

fn f2(p0: i8) -> bool {
    let v7 = 40i16;
    let v8: i64 = 3;
    f0(u8::MIN & 15u8, !(96u8 != 0));
    let mut v9: u32;
    if v7 > v7 || 9isize > 5251307995458076919 {
        v9 = 2147483648;
    } else if 76isize >= isize::MAX {
        let v10: i64 = (v8 & 4611686018427387903i64) - ((2986748657u32 ^ 2147483647_u32) as i64 & 4611686018427387903);
        v9 = div_u32(1698416004, 0_u32);
    } else {
        v9 = 4289142256;
    }
    (if 0o77u16 >= 13796u16 { 36_usize } else { 2 }) << ((89usize & 4294967295) * (7 & 4294967295usize) & 63) <= 9223372036854775808 / ((2 & 7) + 1) & p0 as usize
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
