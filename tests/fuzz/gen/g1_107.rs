fn main() {
    let mut ck: u64 = 0;
    println!("r{{,{ck} out = {ck}");
    if 84_u64 <= 0b0 {
        println!("tmp\' {} val {}, ck = {} step = {ck},", 0x0u32 ^ 0xFFFFFFFF_u32, 53usize & 0usize, if 0b11110u32 >= 0x9 { 0o72i16 == 0x39e2 } else { true });
        let v6: bool = 314548740u32 <= 1538740359;
    }
    for i7 in 0x1..0x3u32 {
        let v9: i64 = add_i64({ let t8 = 0b10_i64; 68719476735 }, f0(0o1 & 15, i64::MIN, 0o37, 0x2));
        let mut v10: bool = (ck > 18446744073709551614) == (0o3usize >= 0x1d) && 52793u16 > 18463;
        v10 &= v10;
    }
    ck = mix(ck, (((0b11111111111111111111111111111111111111111111111111111111111111i64 >> (0o2usize & 63) & 2147483647_i64) * (2097151 & 0x7fffffff) & 4611686018427387903) + (73i8 as i16 as i64 & 0x3fffffffffffffff)) as u64);
    let v11: u16 = u16::MAX;
    let mut v12 = v11;
    ck = mix(ck, f0(1, -7415309830344634890i64, 127, -0x2000000) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x1, 0o10365403770, false, -0xD_i32) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: u64, p1: i32, p2: bool, p3: i32) -> u64 {
    if p0 == 0 {
        return !(4977162789015682833 & p0);
    }
    let v4 = 0o703104442623333330376usize <= 576460752303423488;
    let v5 = f1(p0 - 1, (p3 & 1073741823) - (-0b1010101101101001010010111100i32 & 1073741823), 0x9u8 > 136, p1);
    ((if v4 { 9223372036854775806isize != 2 } else { v4 }) != false) as u64
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: u64, p1: i64, p2: i8, p3: i64) -> i64 {
    if p0 == 0 {
        return p1;
    }
    let mut v1: i32 = -0x17d645d7;
    v1 = 4 % (((v1 & 1073741823) - (v1 & 0b111111111111111111111111111111i32) & 0o7) + 0b1);
    let v2 = false;
    let v3 = f0(p0 - 1, 0b0, 0x2c_i8, (4184626543162622170 & 2147483647) * (p3 & 0x7fffffff));
    ((0b101 | p1) & 0x3fffffffffffffff) + (0xFFFFFFFFF & 0x3fffffffffffffff)
}
