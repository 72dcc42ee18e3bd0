fn f0() -> bool {
    println!("r{{ {},", 0b1011110i32);
    if true {
        let mut w1 = 0x0u16;
        let v2: u32 = loop {
            w1 += 1;
            if w1 >= 4 {
                break (6 & 0b1111111111111111) * (0x14EA1DF3u32 & 0o177777);
            }
            print!("n: {}, x {}, sum,{}, x: {} ", 0x3, 63i8 as isize, (-0o46547i16 & 16383) + (div_i16(0x1a32, 0b110) & 16383), mul_i64(0x62i64, 262143));
            println!("b: {w1}y {w1}k,{},", true as u8);
        };
        let v3 = 45 ^ 8;
        println!("sum: {w1} b = {}, val,{}a,{},", add_isize(8_isize, 34), (0b10000000000000000000000000000000000000000000000000000000i64 & 23) >> (u8::MIN & 0x3Fu8), (99_i64 & 0x3fffffffffffffffi64) - (-0b10001i64 & 0x3FFFFFFFFFFFFFFFi64) < (1i64 <= 90i64) as i64);
    } else if !((0x47i64 != 0b101011i64) != true) {
        let mut w4 = 0u16;
        while w4 < 4 {
            w4 += 1;
            println!("n");
            if !false {
                break;
            }
            let v5: i8 = -0b1111;
        }
    }
    let mut w6 = 0x0usize;
    while w6 < 6usize && (0x6u8 <= 8 && false) {
        w6 += 1;
        let mut w7 = 0x0_u8;
        while 6u8 > w7 {
            w7 += 1;
            let v8 = true;
            let mut v9: u16 = 0b1001000 | 0b10;
            v9 = add_u16(v9, 0b1110000011100u16);
        }
        if 0o130u32 > 0b111110 && 36901u16 >= 0u16 {
            return !false;
        }
        let v10: u8 = w7;
    }
    ((w6 != usize::MAX) as i16) <= ((-0x8000 ^ 0x7i16) & 16383) - (({ let t11 = 3u16; 63i16 }) & 0o37777i16)
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w12 = 0u8;
    while w12 < 3 {
        w12 += 1;
        ck = mix(ck, ((sub_i16(512i16, 0o777) <= 6 ^ 0o10i16) | f0()) as u64);
        ck = mix(ck, sub_u64(ck, 511u64) as u64);
        let v13 = div_i32(0x1f_i32, i32::MAX) & 0x80 >> (0x5ACD07C7BC7A2C43_i64 & 0x1f_i64);
    }
    println!("step = {}out {w12} y: {} val,{ck}", { let t14 = neg_i8(4i8); (0o3u16 | 32768u16) - (32767 & 32767) }, true && w12 != w12);
    let mut v15: i64 = add_i64(((0o0isize & 0o377777777777777777777) + (-7isize & 4611686018427387903)) as i64, 0x0 << (usize::MIN & 0b111111));
    v15 = v15 * v15;
    f0();
    let v16: bool = false && false;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mul_i64(a: i64, b: i64) -> i64 {
    if a > 0 {
        if b > 0 {
            if a > i64::MAX / b {
                return a;
            }
        } else if b < i64::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i64::MIN / b {
            return a;
        }
    } else if a != 0 && b < i64::MAX / a {
        return a;
    }
    a * b
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

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
