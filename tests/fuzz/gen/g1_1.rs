fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: i64, p1: usize) -> u64 {
    let p1 = rem_u32(4095_u32, 72u32) % ((536870911 / ((3287979644u32 & 7) + 0x1_u32) & 7u32) + 1u32);
    if -8i16 != 1 {
        let v5 = add_i32((p0 & p0) as i32, 36u8 as i32 % (((0x2_ & 1073741823) - (-2084570979i32 & 1073741823) & 7) + 1i32));
    } else if 4001834370482919222u64 == 9223372036854775808 {
        let mut v6 = 1u8;
        println!("lo {:#12o} out = {p0}hi {{ok}}: {v6: >2} out: {p0:+o}x {p1:01x},", 7_isize);
    } else if 1092876291 > 0x0 {
        let mut v7: u16;
        if 8i32 < 4 {
            v7 = 6;
        } else if p1 < 0b1000u32 && p1 < p1 {
            v7 = u16::MAX << (9i16 & 15) & 72u16;
        } else {
            v7 = 0u16;
            let p0 = -0b100_0_0_100_00_0_0_1101_1_111000_1_0100i32 as u8;
        }
    } else {
        let mut v8 = 1u8 as i32;
        let v9: u64;
        if false {
            v9 = 6;
        } else {
            v9 = 8u64;
        }
        v8 = div_i32(1073741823, (i32::MAX & 10737_4_1_82_3_i32) - (v8 & 1_07_374182_3));
    }
    if 9i16 > 3 || false {
        let mut v10 = p0;
        let p0 = if 0i16 != -24377 { sub_i32(5, 0i32) } else { i8::MAX as i32 };
        let mut v10: u32 = p1;
    } else {
        let mut v11 = 25i32 == -2147483648 && -2147483648i64 > 92;
        let v12 = ((3u64 & 9223372036854775807) + (3 & 9223372036854775807)) as u32;
    }
    { let t13 = -(-19isize | 1isize) % ((3i8 as isize & 7) + 0o1); if t13 != 1isize { 9223372036854775807 } else { { let t14 = 1048576u64; t14 } } }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0(p0: bool) {
    let v1 = -(7 | 1i8) % ((-97_i8 as i8 & 7) + 1);
    let v2: u64;
    let mut v3: u64 = 0o6u64;
    v2 = 1u64 << ((6usize & 0b111111111111111111111111111111111111111111111111111111111111111) + (3 & 9223372036854775807) & 63);
    let v4 = i32::MIN;
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v15 = i64::MIN;
    println!("r {ck}x}}: {0:o} x: {0:x}out = {v15}, q: {0}", -65536_isize ^ 23);
    let v15 = div_i32(-(0x7fffffff | 1), 42281u16 as i32);
    f0(false);
    ck = mix(ck, f1(3i64, 1) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
