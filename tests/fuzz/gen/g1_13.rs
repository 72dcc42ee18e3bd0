fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u8) -> i32 {
    if p0 == 0 {
        return div_u32(610625751, 21_4_74_83_6_48) as i32;
    }
    let mut w1 = 0x0_u16;
    while w1 < 1 {
        w1 += 1;
        let c2: u64 = 0o22;
        let c3 = c2 - 7;
        let c4 = c3 & 4;
        let c5 = c2 * c4;
        let v6: usize = 2;
        let v7 = rem_u64(w1 as u64, add_u64(0b1, c5)) as i32;
    }
    let mut v8 = neg_i32(i32::MAX);
    let v9 = f0(p0 - 1);
    div_i32(-2, v8)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("hi {ck:10.1x} res: {:3.1}, b,{ck}, val,{0:9}", 0o1_712_723_22_0_7_u32 > 0o1);
    let c14: i64 = 5;
    let c15 = c14 % c14;
    let mut w16 = 0i64;
    while w16 < 5 && c14 < w16 {
        w16 += 1;
        let v17 = usize::MAX / ((72057594037927936 & 7) + 1);
        print!("res,{0:x}k: {0:<#12X}acc = {:b}, x,{}, tmp {ck}|", 0b11011011010111101010001000101110u32, 2);
    }
    let c15: u32 = (div_u32(!23_u32, if false { 0 } else { 0b0 }) & 65535u32) * (add_u32(0o0, 0xfffffffe_) << (div_i32(9, 75) & 31i32) & 65535);
    let mut v18: u32 = 0;
    let mut w19 = 0b0i32;
    while w19 < 2 {
        w19 += 1;
        let c20 = 0xeu64;
        let c21 = 0o10 | c20;
        let c22 = c21 >> 56;
        let c23 = c20 + 0;
    }
    let v18: i8 = -0x80;
    if false {
        let v24 = (-9_i64 - c14) as u32;
    } else {
        let v25 = f1(if false || false { add_i32(w19, w19) } else { w19 }, 3, !((0o1000000usize == 0b10) ^ (997i16 <= 3)));
        let v26: i16 = -(-75_99 | 0x1);
        let mut v25: u64 = if true | (ck != v25) { v25 } else { (14582261171499561598usize > 0x5_) as u64 };
    }
    ck = mix(ck, f0(0x2u8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(3_i32, 0, false) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1(p0: i32, p1: u32, p2: bool) -> u64 {
    let c10: u32 = 0xa;
    let c11: u32 = c10 - c10;
    let c12 = 0o2000 + c11;
    f0((0o1 & 0b1111u8) * (0o6 & 15) & 15);
    let v13: i64;
    println!("it: {c12}, z\" {c11}acc {{ok}} = {p0:16b} a,{:?}sum,{p2}", -(0x7i64 | 1i64) << (3i8 as i8 & 63));
    v13 = p2 as i64;
    print!("sum {} tmp = {p2} acc {c11:→^}b: {v13}|", u64::MAX);
    0b1_11111111_1_1_11111111_1111_1_11111_1_1_1111_111_111111_1_
}
