fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
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

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i64, p1: i32) -> i64 {
    let mut w1 = 0o0u32;
    while w1 < 2 {
        w1 += 1;
        let mut w2 = 0b0u8;
        while w2 < 8u8 {
            w2 += 1;
            let c3 = 6;
            let c4: i32 = c3 ^ c3;
            let c5: i32 = !c4;
            let c6: i32 = c3 << 0xd;
            let mut c6: u32 = w1;
        }
        print!("n,{w1}step: {w1}, x\t = {}|", (p0 << (isize::MAX & 63) & 0o17777777777) * ((p0 | p0) & 2147483647));
        println!("acc = {}d {w2}", w2);
    }
    let mut w7 = 0x0u16;
    while w7 < 3 {
        w7 += 1;
        let mut p0 = -2;
        for i8 in 0x0..=7usize {
            if w1 != w1 {
                break;
            }
        }
        let mut v9: u8 = 106 | 1;
    }
    let mut w10 = 0i32;
    loop {
        w10 += 1;
        if w10 >= 1 {
            break;
        }
        let v11: i32;
        if (0x8u8 & 0xfu8) * (153 & 15) >= 3u8 << (2i16 & 0o7) {
            println!("val,{p1}");
            v11 = 6;
            println!("x");
        } else {
            v11 = sub_i32(w10, w10);
        }
        print!("z ");
        let v12: i64 = 0x5c;
    }
    let mut v13 = ((if true { if 1073741823 > p1 { 5 } else { 0u64 } } else { !7 }) | 9223372036854775808) - ((18u64 | 2980642518092150555) & 9223372036854775807);
    println!("step {p0}");
    div_i64(p0, p0)
}

fn main() {
    let mut ck: u64 = 0;
    println!("lo = {} sum {ck}, res{{: {} step {ck}", 2isize <= 0o375106466703102305773, 8i16);
    let mut v16: u32 = 1;
    let v17: u32 = (78isize ^ isize::MIN) as u32;
    let v17: i64 = f0(sub_i64(f0(9223372036854775807, 0b1000000), add_i64(2i64, 94)), (1i32 >> (v17 & 31u32) & 0x7FFF) * (rem_i32(51, 5) & 32767i32));
    let v18: u64 = 8;
    let v16: u32 = 0x1;
    println!("out");
    let mut w19 = 0b0i32;
    while w19 < 5_ {
        w19 += 1;
        let v20 = v16;
        if v17 != 9 {
            break;
        }
        if false {
            let v21: usize = 1750372898289363825;
            let v22: i32 = 9_2;
        } else {
            let v23 = 8u16 % ((94u16 << (0b100010i8 & 0xf) & 7) + 0o1_u16);
            let v24 = 106i8;
            ck = mix(ck, ck as u64);
            let v18: i64 = -0b111010111111100001000011101010100110110110111101000101110110001;
        }
        let v16: usize = 5596543856217233694 / (((if 5i8 <= 2_i8 { 0usize } else { 24usize }) & 0o7usize) + 0x1usize);
    }
    ck = mix(ck, f0(3_i64, -1342_1_7_728) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f1() -> u8 {
    if 22166i16 == i16::MIN && false {
        return { let t14 = -(15i16 | 1i16); 0o50u8 };
    }
    let mut v15 = 7u32 as i32;
    if false { rem_u8((8 | 128) - (0u8 & 127), (128 & 127) + (0b1010111 & 127)) } else { 74u32 as u8 | div_u8(12, 0x3_u8) }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
