fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((-(1849954251i32 | 1) & 1073741823) - ((19 & 32767) * (1073741824 & 32767) & 1073741823)) as u8 as u64);
    let mut w6 = 0i32;
    let v7: i16 = loop {
        w6 += 1;
        if w6 >= 3 {
            break 9 | 56;
        }
        let v8 = usize::MAX;
        let mut w9 = 0b0u16;
        while w9 < 0x5 {
            w9 += 1;
            if false && 0b1111u16 > w9 {
                return;
            }
            println!("acc{{: {} n = {v8} d = {} z: {}", (1u8 & 15) * (u8::MAX & 0o17u8) > sub_u8(0b100, 188), true || 4611686018427387904i64 < 2097152 || false && false, 9u64 != ck || false);
            let v10: u8 = !238;
        }
        ck = mix(ck, (((5i8 == 15) as i64 as u32 & 2147483647) + ((u8::MIN % ((33 & 7) + 0x1)) as u32 & 2147483647)) as u64);
    };
    let mut w11 = 0u32;
    while 3u32 > w11 && (4usize <= 9223372036854775807 || true) {
        w11 += 1;
        println!("r");
        let v7: usize = 82;
        if 0u64 == ck {
            continue;
        }
    }
    if 86isize == 4 {
        ck = mix(ck, rem_i32(w6, w6) as u64);
    }
    if 3u64 >= 0 {
        return;
    }
    ck = mix(ck, f0(254) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: u8) -> i16 {
    let mut w1 = 0i64;
    loop {
        w1 += 1;
        if w1 >= 2 {
            break;
        }
        let mut p0 = (div_i8(76i8, -7) as u64) << (({ let t2 = 31u16; 2u32 }) as i16 & 63);
    }
    println!("k = {} acc,{}step {}", i16::MIN, 4 % ((0o120 & 7) + 1) ^ 31, -268435456i64);
    let p0 = mul_u64(9114620789452928024 >> (67108863_u32 & 63), 1) & !21i32 as u64;
    for i3 in 0i32..=0 {
        if -19298_i16 >= 4 ^ 2 {
            let mut v4 = 1830457126_u32 as i32;
        } else {
            println!("res");
            println!("step");
            println!("res: {w1} hi}} = {} ck {},", 0x1d20u16, 30isize);
        }
        let v5 = i3;
    }
    if true & true && (-1253032894i32 < 65535 && true) { -32768 } else { i16::MAX }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}
