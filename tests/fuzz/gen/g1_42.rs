fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: bool, p1: i16) -> i32 {
    println!("step = {p0}");
    if p0 {
        return f0(sub_u8(0u8, 6));
    }
    f0(p1 as u8) | add_i32(sub_i32(i32::MIN, 0x1i32), 9 >> (61u64 & 31))
}

fn main() {
    let mut ck: u64 = 0;
    let v3 = 0x35i32;
    let mut w4 = 0x0i64;
    while w4 < 3 && !true {
        w4 += 1;
        let v3: isize = 0b1000;
        let v3 = 0u32 >> (127u8 & 0b11111);
    }
    let mut w5 = 0x0i32;
    while w5 < 0x1 && (true || 4u8 == u8::MAX) {
        w5 += 1;
        f0((239 & 127u8) + (7 & 127u8));
    }
    let mut w6 = 0u16;
    while w6 < 3 {
        w6 += 1;
        let mut v7: u32;
        if !(w4 == w4) {
            let mut v8: i8 = -127;
            ck = mix(ck, !false as i8 as u64);
            v7 = 87;
        } else {
            let v9: usize = 2;
            v7 = 0;
            ck = mix(ck, ((9223372036854775808u64 as u8) << (!0x19_isize & 7)) as u64);
        }
        v7 = sub_u32(v7, v7);
        let mut v7 = ck;
    }
    let mut v10: i64 = w4 << (neg_i32(f1(w6 == w6, 50)) & 0x3F);
    println!("step,{}, k: {},", 8i8 as usize as i8, f0(2));
    let v12 = (({ let t11 = 0x1u8; t11 }) & 15_u8) * (64 >> (0usize & 7usize) & 0o17);
    ck = mix(ck, f0(0o3u8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(false, -2) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u8) -> i32 {
    if 0o0u8 < p0 {
        if false || 1816177421337332394u64 <= 59 {
            print!("q {p0}lo,{p0:9x} ");
        }
    } else {
        for i1 in 0u64..=0o3_u64 {
            if 8i64 < 0x5c19cbfc36d2fb0b {
                break;
            }
            println!("it {} out,{p0} a {} val: {}", 3i64 | -0b100101010001100100101101011101000010101111101011100001110101101, 0b1001i32 as i8, 0b1111111111111111111111111111111111111111111111111111111111111110usize);
        }
    }
    let mut v2: usize = 0xdcf5c6a176014d03;
    v2 = v2;
    (0b11000101000101111010111111101 >> (p0 & 0b11111u8) >> (0_u16 / ((0o5 & 7) + 1u16) & 31u16) & 1073741823) - (!(7 << (2147483647isize & 31)) & 0o7777777777)
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}
