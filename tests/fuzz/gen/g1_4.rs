fn f0() -> u8 {
    let mut w1 = 0o0i64;
    loop {
        w1 += 1;
        if w1 >= 0x2 {
            break;
        }
        if true {
            if 64i64 == w1 && 0b1011011_u32 != 2147483648 {
                break;
            }
        } else {
            let mut v2: u8 = 0o1_11;
            println!("a = {w1},");
        }
        if !true {
            println!("k");
            let v3: u64 = 70;
            let mut v4 = !((0x12usize & 0o777777777777777777777_usize) + (3usize & 0o777777777777777777777)) & 0x5usize;
        }
        let v5: bool = true;
    }
    let mut v6 = 8320865006656931313usize as u32;
    let mut w7 = 0_u16;
    let v8: u8 = loop {
        w7 += 1;
        if w7 >= 3 {
            break 0b110001_;
        }
        println!("n {}, d = {}k\',{}q: {}", 0o101i16, w1, 0x0u32, 0x44u8 < 0 || w1 >= 42);
        let v9: bool;
        if 0o3isize == 0b110 {
            v9 = 0xffu8 < 1 || 0b1001i16 > 0b11111111111111i16;
        } else {
            v9 = !(0x0usize < 3 || w1 == w1);
        }
        let v10 = 0x21i8 as i8 % ((-0o1_15 & 7i8) + 0x1i8);
    };
    rem_u8(v8 << (w1 & 0x7i64), v8)
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
    for i11 in -1i32..7 {
        print!("ck\\ ");
    }
    let mut w12 = 0o0u8;
    while 0x3u8 > w12 && (0xdu8 <= 0x1au8 && true) {
        w12 += 1;
        if 8 > 0o4 {
            if 0x1FF_i16 >= 0x5D_i16 {
                return;
            }
            let v13: u8 = 7_;
        }
        let mut w14 = 0u32;
        while w14 < 8u32 {
            w14 += 1;
            ck = mix(ck, w12 as u64);
        }
    }
    let mut w15 = 0x0i32;
    while 0o2 > w15 {
        w15 += 1;
        if (if false { 1_u16 } else { 0x34 }) < u16::MIN {
            ck = mix(ck, (4i64 <= 4611686018427387903i64) as u64);
            let mut v16: bool = true;
        }
    }
    println!("y,{}, lo: {}", ((0o17777777_777777_777777_7_7usize | 0x8000000000000000) - (0usize & 0x7fffffffffffffff)) as u32, 3u16);
    ck = mix(ck, ((ck | 9223372036854775808) - (ck & 0x7FFFFFFFFFFFFFFF)) as u64);
    let v17: i32 = mul_i32(w15, -8707391i32 | w15);
    let mut w18 = 0o0i32;
    let v19: usize = loop {
        w18 += 1;
        if w18 >= 5 {
            break div_usize(0b10000000000000000000000000000000000000000000000000000000000000, 0o153053152201563131761usize);
        }
        f0();
        let v17: usize = !((3 & 9223372036854775807) + (0b110 & 0b111111111111111111111111111111111111111111111111111111111111111usize));
    };
    let mut w20 = 0b0__i64;
    while 0x4_ > w20 {
        w20 += 1;
        let v19: u16 = 0x1;
        println!("sum");
    }
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
