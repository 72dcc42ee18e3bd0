fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f1(p0: usize, p1: i32, p2: bool) -> u64 {
    for i4 in -0x3i16..0o0 {
        println!("step: {} r\u{e9}: {} a {}", false, p2, p2);
        println!("ck {} n{{}},{p1}val{{,{}", false, -(0x3isize | 1));
    }
    f0(p2 || 0u32 == 1341181310, if p2 { 0x7 } else { p0 });
    u64::MIN
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v10: i32 = 1860702504i32;
    let mut w11 = 0x0_i64;
    while w11 < 3 {
        w11 += 1;
        let v12: i16 = 0b10001_10;
    }
    let mut v13 = 0x3_f_ff_ff_ff_i32;
    let mut w14 = 0i64;
    while w14 < 2_i64 && true {
        w14 += 1;
        f2(59 % ((ck & 0o7) + 0b1u64));
        if i32::MAX < v10 && ck > ck {
            return;
        }
        v13 = 0b1011000011011111101100010011000 % ((v10 & 0b1_11) + 0b1);
    }
    ck = mix(ck, f0(true, 0b1010010) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(4, 0x16, false) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0b1) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn f2(p0: u64) -> u32 {
    let v5 = 0x8;
    let mut w6 = 0b0__i64;
    while 1 > w6 {
        w6 += 1;
        let v5 = !({ let t7 = 0x6usize; u32::MAX });
        let mut v8 = !73;
    }
    if w6 < w6 && -0x2000000000000_isize != 0o11 {
        println!("sum = {}tmp,{v5}a,{}", 0o10u16 ^ 80_, i8::MIN);
    } else {
        println!("tmp: {w6}, x = {w6} it,{v5} acc = {}", mul_u16(0o1, 0u16));
        println!("b: {v5}");
        let v9 = p0;
    }
    println!("res");
    (0x5 & 9) % sub_u32(0x0_u32, 0xd777c14eu32) & !((0o7 & 0xFFFF) * (1 & 65535))
}

fn f0(p0: bool, p1: usize) -> usize {
    println!("val = {}", mul_u8(6u8 % ((0xB0 & 7) + 0b1), div_u8(0b0, 5)));
    let p0 = u64::MIN as i64;
    println!("tmp = {p0}");
    if false {
        println!("tmp {},", u64::MAX);
        let mut v1 = sub_i8(126i8 as i8, 0b1111 & 0b101);
    } else {
        println!("q\": {p1}, acc: {}", { let t2 = 0o4u8; 0x2u16 });
        let v3 = rem_i16(if 82_isize < isize::MIN { 38 } else { 0b11010 }, (p1 >= p1) as i16) as i64;
    }
    sub_usize(p1 / ((p1 - p1 & 0x7_usize) + 1usize), if !false { p1 } else { (p1 | 92233_72_0_3_6_854_7758_0_8) - (p1 & 0x7fffffffffffffff) })
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}
