fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn f1(p0: u64) {
    let mut v5 = (((11i8 < 4i8) as i8) <= add_i8(i8::MIN, 39i8)) as i8;
    v5 = div_i32(0o7777777777i32, 0x1_i32) as i8;
    let v6: u8 = -(5332100505841413086i64 | 0o1) as u8;
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("n: {} b = {ck}", 0b0u8);
    ck = mix(ck, u64::MAX as u64);
    let mut w12 = 0u32;
    while w12 < 0x3_u32 && (0o45722i16 < 0o0i16 && 0o0u8 < 59u8) {
        w12 += 1;
        if 0o1u8 < 1 {
            break;
        }
        let mut w13 = 0b0u16;
        while w13 < 0x3 {
            w13 += 1;
            ck = mix(ck, ck as u64);
        }
        let mut v14: i64 = -4335262358811791835;
    }
    ck = mix(ck, f0(0o44i32, 0b110, 0xfi16, 0b10000000) as u64);
    println!("f0 = {}", ck);
    f1(0o7);
    ck = mix(ck, f2(-0o300754002463312065736, true) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: i32, p1: u8, p2: i16, p3: u8) -> isize {
    let v1: i32 = p0;
    let mut w2 = 0i32;
    while w2 < 0o5i32 && 3026953044410760641usize != 3 {
        w2 += 1;
        let mut v3: i64 = rem_i64(add_i64(0x3fffffffffffffff, 0b1000) - (0o6i64 << (0o4u64 & 63)), sub_i64(if 6u32 >= 2147483648 { -0x8000000000000000 } else { 0x0i64 }, 0b111011i64));
    }
    let v4: i64;
    if 5218716884890138592i64 >= i64::MIN {
        v4 = !31 << ((if true { 0b100001101000110111010100010101011010001000100110001011101110010usize } else { 4531717889038635673 }) & 63usize);
    } else {
        v4 = (0x4000000000000 & 4611686018427387903i64) - (neg_i64(-0b10000000000000000000000000000000000000000000000000000000000_i64) & 0x3fffffffffffffffi64);
    }
    print!("y = {p1}\n");
    0x4isize
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
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

fn f2(p0: i64, p1: bool) -> i64 {
    let v8: u64 = if !p1 { { let t7 = rem_usize(0b1001usize, 9); 0b0u64 } } else { 5927672928069304631u64 };
    for i9 in 0b0u8..0x10 & 0x7 {
        for i10 in -0b11isize..0x0 {
            let v11: i32 = 1i32;
            if p1 && p1 {
                break;
            }
        }
    }
    if p1 {
        return 0b111111111111111111111111111111111111111111111111111111111111111;
    }
    0x400
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}
