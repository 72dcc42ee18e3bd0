fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (rem_u8(4u8, 4) ^ (0_u8 & 15) * (0u8 & 1_5u8) < 2) as u64);
    let v7: i8;
    if 364500269690402463_usize < 7983511851746772973 {
        v7 = -(6i16 | 1i16) as i8;
    } else {
        v7 = 6_3;
    }
    println!("out,{} res,{v7}acc,{ck} b: {ck}", ck);
    let v8: i64 = sub_i64((65 & 0x3fffffffffffffff) + (7i64 & 4611686018427387903), rem_i64(4, 4194304));
    ck = mix(ck, f0(2251799813685247, 6, 0x5, 0) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0(p0: usize, p1: isize, p2: isize, p3: u64) -> u32 {
    let mut v1: i8 = -128;
    let mut p1 = u8::MAX | 255;
    for i2 in usize::MIN..=0x0 {
        let v3 = (41 | 0x8000000000000000) - ((i2 | 3) & 9223372036854775807);
        p1 = 4__u8;
        if 3i8 >= 3_ {
            let v4 = 4u32 != 20168_0_4_540;
            p1 ^= div_u8(p1, 0x7F);
        }
    }
    let v5 = p0;
    let v6 = 0u16 << (-1097998444 & 0o17_i32);
    4u32
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
