fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: u32, p1: u64, p2: usize, p3: u16) -> i32 {
    for i2 in i32::MIN..(i32::MIN + 2) {
        if 9223372036854775806i64 >= 0b11 {
            continue;
        }
        println!("y: {}, out {}, ck: {p0} hi,{} it {:#o}", p3 == p3, mul_u32(p0, p0), (if true { 9i64 } else { 255 }) > 3, p1);
    }
    f0(p3);
    if true && 16384i16 != 30 {
        let mut v3 = p3 as u32;
        v3 <<= p2 & 31;
    }
    if 1i64 < -0b111111111111111111111111111111111111111111111111111111111111111 {
        let v4 = -(neg_i16(-0b111111111111111 & -32767) | 1);
        let v5: u32;
        println!("k,{}q {} ck {{ok}},{}lo {p1}", (29i8 | 5) as i8, 6i8 <= 53, -(6 % ((929933212 & 7) + 0x1) | 1));
        v5 = mul_u32(sub_u32(if 243u8 != 8 { p0 } else { p0 }, add_u32(p0, p0)), p0);
    }
    println!("res");
    { let t6 = (3895273723u32 >> (p0 & 31)) as i16; ((6i64 & 4611686018427387903) - (i64::MIN & 4611686018427387903)) as i32 }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i7 in 5_u16..6 {
        ck = mix(ck, (if 9223372036854775808usize <= usize::MIN && false != (57_i8 <= -32) { (32i8 & -48) as i64 } else { sub_i64(67108864i64, 29) << (9u8 as u8 & 63) }) as u64);
        let v8 = rem_u8((0o264u8 & 15) * (232 & 15), rem_u8(1, 46));
        ck = mix(ck, v8 as i32 as u64);
    }
    ck = mix(ck, i8::MIN as usize as u64);
    for i9 in 0x3u32..=5 {
        let mut v10: usize;
        if 8usize <= 9usize {
            v10 = 63;
        } else if i9 <= i9 {
            v10 = if 0_i32 >= -0b10000000000000000000000000000000 { (0 & 9223372036854775807) + (15154009197184943894 & 9223372036854775807usize) } else { 0o3i64 as usize };
        } else if (6i16 >= 94i16) != (57i8 <= 3) {
            v10 = 0xd5ceafa0b9c86e4f;
        } else {
            v10 = 7i64 as usize % ((sub_usize(0, 12270849568563699424) & 7) + 1);
        }
    }
    for i11 in u8::MIN..0o7 {
        let v12 = 8191u64 >= (if true { ck } else { ck }) || add_i64(i64::MAX, 6) >= sub_i64(4611686018427387904, -144115188075855872);
        ck = mix(ck, ({ let t13 = -(31i16 | 1i16); sub_i16(t13, t13) }) as u64);
        if v12 && v12 {
            return;
        }
    }
    ck = mix(ck, f0(45117) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(422905120u32, 8, 0, 2) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: u16) -> i32 {
    let p0: u64 = 5;
    let v1: bool;
    println!("out: {} out = {} tmp {p0}, sum {p0}", 82_u32, add_isize(6858523279002901683, 2));
    v1 = false;
    i32::MAX
}
