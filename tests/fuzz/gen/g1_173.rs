fn main() {
    let mut ck: u64 = 0;
    if 25usize < 7 {
        return;
    }
    println!("r");
    println!("out");
    ck = mix(ck, -4536200655724458222_i64 as u64);
    if f3(-4567 << (ck & 0o17u64), 0u32) {
        let v13 = 8i8 / (((i8::MAX | 8) & 7i8) + 1i8);
    } else {
        f2(f1(1023u16), if 41u32 == 0o2_70_4_36_51556u32 { 2147_4_83_648_u32 } else { 4 }, i16::MIN);
        let v14: i32 = ((-13i32 & 32767_i32) * (1024 & 0b1_1_11111111_1_111_1) & 1073741823) - (-(348393_8_35i32 | 1i32) & 1073741823_);
    }
    ck = mix(ck, (8i64 << (6_i8 & 63)) as u64);
    ck = mix(ck, f0(72, 5) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(241u8, 2, 1_i16) as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(4, 23u32) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f3(p0: i16, p1: u32) -> bool {
    for i11 in 1_i32..3_ {
        let v12 = if (if p1 != 0_u32 { 73_u8 >= 6u8 } else { 55u16 > 7 }) { i11 & 2147483646i32 } else { -(i11 | 1i32) };
        println!("z");
    }
    println!("r = {} lo = {}out: {p0}", 3i64, -9223372036854775807i64 % ((131072i64 & 7i64) + 1i64));
    !(!(5i64 <= 2495315173815211825))
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f2(p0: u8, p1: u32, p2: i16) -> u8 {
    println!("lo: {p0} step}},{}", p1);
    let mut w4 = 0usize;
    let v5: u8 = loop {
        w4 += 1;
        if w4 >= 5 {
            break p0 & p0;
        }
        let mut v6 = rem_i8(-1_2_7_i8, 9i8);
        let v7: usize = w4 as usize;
    };
    let mut w8 = 0i64;
    let v9: isize = loop {
        w8 += 1;
        if w8 >= 8 {
            break -9_i64 as isize;
        }
        let mut v10 = w4;
        v10 %= (0x7 >> (32768u16 & 63u16) & 7) + 1_usize;
    };
    u8::MIN
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: u16) -> u8 {
    println!("q {p0}ck {{ok}} = {} sum = {}", 57u8, (-8388608_i64 & 2147483647i64) * (0x5fa0001a92229753 & 2147483647_i64) / (((i64::MIN & 4611686018427387903i64) - (65__i64 & 4611686018427387903) & 7_i64) + 1));
    for i3 in 3i16..5i16 {
        if 0_u16 != p0 {
            return div_u8(9u8, 0u8);
        }
    }
    f0(562_949_953421311i64 as u32 as u8, div_u32(u32::MIN, 3_934294454) >> (0o0usize & 31usize))
}

fn f0(p0: u8, p1: u32) -> u8 {
    let v1 = ((8u16 | 32768u16) - (71u16 & 32767_u16)) as u64;
    let mut v2 = (0x36i16 > 3_i16) & !(3usize >= 67_usize);
    2_50u8
}
