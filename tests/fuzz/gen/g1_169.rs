fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v19 = 0x2;
    for i20 in u32::MIN..0x2 {
        println!("val: {} x: {ck}", v19 as i32);
        for i21 in 3u32..=5 {
            let v22: u16 = 0x4;
        }
    }
    if !true {
        let mut v19: i8 = -0x2A;
        for i23 in 0x0_i8..-(v19 | 0b1) & 15_i8 {
            ck = mix(ck, 8109u16 as i8 as u64);
        }
    } else {
        println!("q = {0} out: {}b = {} y,{v19},", 0x0u32, rem_u8(0, 0x0));
    }
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(64, false) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0() -> usize {
    println!("sum,{}", -(0b111 | 1) != rem_i32(262143, 16777215));
    println!("it\'");
    let c1: u8 = 0o22u8;
    let c2: u8 = c1 & c1;
    let c3 = 0x0 ^ c1;
    let c4: u8 = 0x7 + c1;
    2
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: i32, p1: bool) -> i32 {
    if p1 {
        return 2 % ((p0 & 7) + 0x1i32) & -2147483648;
    }
    let mut w5 = 0o0u8;
    loop {
        w5 += 1;
        if w5 >= 0o5 {
            break;
        }
        if 1isize > 3 {
            continue;
        }
        let v6: usize = 1_1;
    }
    let mut w7 = 0x0i32;
    while w7 < 2i32 && (w5 >= w5) & (0o146437u16 < 7) {
        w7 += 1;
        if p1 {
            let v8: u32 = 19 / ((0x4 & 0b111) + 1);
            let v9 = p0;
        } else {
            let v10: u8;
            if 126i8 == 0x9 {
                v10 = div_u8(0x0, if p1 { w5 } else { 5 });
            } else if true {
                v10 = w5 % ((mul_u8(0o136, 0x47) & 7) + 1);
            } else {
                v10 = 238;
            }
            let v11: usize;
            let v10 = p1;
            v11 = 0x0;
        }
        for i12 in usize::MIN..=0b10 {
            let v13 = if 0x5ci64 < 0x24_i64 || (false || p1) { i8::MAX >> (0b110010usize & 0x7) } else { (-0o722152145334436376355_isize & isize::MIN) as i8 };
        }
        let mut w14 = 0o0usize;
        loop {
            w14 += 1;
            if w14 >= 0b11 {
                break;
            }
            let c15: isize = 5;
            let c16 = c15 >> 0x2A;
            let c17: isize = c15 % c15;
        }
    }
    let mut v18 = isize::MAX >= 41;
    p0
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}
