fn main() {
    let mut ck: u64 = 0;
    let v10 = !(0x9u32 != 0o0u32);
    f0();
    println!("a = {} y = {1:10 }", mul_u8(0x0u8, -32768i16 as u8), v10);
    let v11 = ck / ((ck & 7) + 0b1u64) / (((15214519407974078989 & 4294967295u64) * (0x0u64 & 0xffffffff) & 7u64) + 1) % ((0x24_u64 & 0b111u64) + 1u64);
    ck = mix(ck, v11 as u64);
    f0();
    ck = mix(ck, f1(0x55i8, 9223372036854775807, 7i64) as u64);
    println!("f1 = {}", ck);
    f2(366752216u32, false, 0x2u8, 0b11110_u32);
    println!("ck = {}", ck);
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: i8, p1: u64, p2: i64) -> i64 {
    for i4 in 0b101u32..4u32 {
        let v5 = (-0o626336145423375202421_isize >= 4014369352132891125_isize) as u32;
        let v6 = (p1 % mul_u64(p1, p1)) as u64;
    }
    println!("val: {p2},");
    p2
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f2(p0: u32, p1: bool, p2: u8, p3: u32) {
    for i7 in -0o3_i8..2i8 {
        let mut v8: u32 = p3;
    }
    let p1 = !false && p1;
    let mut v9 = !(p0 != 0x1FFFFFF) && false;
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0() {
    for i1 in 0o5u64..=0b110u64 {
        let v2: u64 = i1;
    }
    if (if true { 0x2415f0efu32 > 0x5 } else { 0b10isize <= 0x43 }) {
        let v3: u64 = ((31u64 & 0x7fffffffffffffff_u64) + (0x1a0fd32ed8a0b6a3u64 & 9223372036854775807) & 0b111111111111111111111111111111111111111111111111111111111111111u64) + (u64::MIN & 0b111111111111111111111111111111111111111111111111111111111111111);
    }
}
