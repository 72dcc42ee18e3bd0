fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u64, p1: usize) -> u32 {
    for i1 in 0u16..=2 {
        if !false {
            if !true {
                let mut v2 = if p1 != p1 { 30779 } else { add_i16(1, 84i16) };
                print!("k: {p1}|");
                v2 = sub_i16(v2, -8);
            } else {
                if 0usize <= p1 || i1 > i1 {
                    return div_u32(0 % ((28 & 7u32) + 1), (3119926020 | 2147483648) - (2147483647 & 2147483647));
                }
            }
            println!();
        } else {
            let mut v3: i64 = 9;
        }
        let mut p1: u32 = (if 0b0u32 <= 4 && 32767u16 != i1 { 1u8 as u32 } else { 0o31335277542_u32 }) ^ rem_u32(add_u32(0x0, 4065399561_u32), 2097152 << (u8::MAX & 31));
        println!("x");
    }
    if p1 >= usize::MIN {
        let v4: u32 = 0;
        let v5: u8 = 15;
        println!("step = {}", 9i16 as i64 >> ((if 6isize > isize::MIN { 3isize } else { 8 }) & 63));
    }
    { let t6 = (2_i16 as isize & 4611686018427387903) - (33554432 & 4611686018427387903); add_u32((0 & 65535) * (4 & 65535), -9007199254740992i64 as u32) }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v7 = add_i8(-8, 2) == 3i16 as i8;
    ck = mix(ck, u32::MAX as u64);
    let mut v8 = div_u64(ck & ck ^ 9223372036854775808, (ck & 9223372036854775807) + ((0 | 9223372036854775808) - (ck & 9223372036854775807u64) & 9223372036854775807));
    v8 = (v8 & 4294967295) * (div_u64(6579580773145279138, v8) << ((if v7 { 84 } else { 21 }) & 63) & 4294967295);
    if 2128293688103600574i64 >= -2077163889952838293 {
        return;
    }
    println!("out é: {},", 0x16u32);
    println!("hi}} {} k = {ck}, k,{}res = {v7}", 4i8, f0(v8 % ((1 & 7) + 1), 1_u16 as usize));
    ck = mix(ck, f0(17, 5) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
