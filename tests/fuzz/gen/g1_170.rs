fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: u64, p1: i16, p2: bool) -> usize {
    if p0 == 0 {
        return { let t4 = p0; 4 / ((9223372036854775808usize & 7usize) + 1_usize) };
    }
    let v5: i64 = -8742146652576807189;
    let v6 = f1(p0 - 1, neg_i16(p1), u8::MAX >= 0);
    v6
}

fn main() {
    let mut ck: u64 = 0;
    let mut w7 = 0u32;
    loop {
        w7 += 1;
        if w7 >= 2u32 {
            break;
        }
        ck = mix(ck, !(0usize as u8 == 0b1100100u8 | 0u8) as u64);
        let mut v8 = (6i16 <= -31356 && false) as i64;
        if 7i16 < 93i16 {
            break;
        }
    }
    ck = mix(ck, ck as i32 as u64);
    if 0_i16 == 4i16 {
        let mut v9 = 0_u64;
        ck = mix(ck, (ck >> (i64::MAX & 63i64)) as u64);
        ck = mix(ck, div_i8(-2, -2) as u64);
    } else {
        print!("r {{ok}} = {ck}, r {},\n", rem_i64(-9223372036854775807i64, 9223372036854775807i64));
        let v10: u8 = 4;
    }
    let mut v11 = true;
    println!("y {w7} lo {} res = {}", u64::MIN, 9223372036854775807_usize);
    f0(false);
    f0(true);
    ck = mix(ck, f1(2, 16i16, false) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: bool) {
    let v2 = { let t1 = 0u64; t1 };
    if false {
        println!("q");
        let mut v3 = -1i8;
        println!("n = {}a {p0}x: {}, ck: {v2}", 18446744073709551614usize, 1usize as u32);
    }
}
