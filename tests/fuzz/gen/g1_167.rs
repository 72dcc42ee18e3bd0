fn f2(p0: isize, p1: usize, p2: i32, p3: i8) -> u16 {
    {
        let v17 = 0u8 ^ 255;
        let c18: u16 = 6;
        let c19: u16 = c18 ^ c18;
        let c20 = c19 >> 7;
        let p1: u8 = 0xfe;
    }
    print!("y,{:^0o}step,{:?} ", p1, u64::MAX);
    print!("out,{0},|", 46u64 / ((18446744073709551615u64 & 7) + 1) >> ((p0 <= p0) as usize & 63usize));
    if !(0x0u8 != 9u8) {
        let mut v21: i32 = ((p2 & 1073741823) - (p2 & 1073741823)) / ((p2 & 7) + 1i32);
        println!("n: {p0:4} lo {p3:→^b}y = {0} hi {},", 6i16 > -256);
    }
    {
        let p0 = sub_u32(0 >> (5u16 & 31u16), rem_u32(134217728u32, u32::MIN));
    }
    println!("p0 = {p0}");
    1
}

fn f0(p0: u8, p1: u16) -> u8 {
    if p0 == 0 {
        return mul_u8(p0, 1_71);
    }
    let mut w1 = 0_usize;
    while w1 < 0x4usize {
        w1 += 1;
        if 7_u32 < 0 {
            break;
        }
    }
    let mut v2: i64 = -358578454161223196;
    let v3 = f0(p0 - 1, rem_u16(p1, p1));
    0
}

fn f1(p0: i8, p1: i64, p2: usize) -> i16 {
    let c4: i64 = 1;
    let c5 = 2 + c4;
    let c6: i64 = c5 * 0;
    let c7 = c6 << 16;
    let v8 = 3_isize - (if 9u64 < 18446744073709551614 && p1 == c4 { div_isize(4860583418759130689, 5242_88isize) } else { add_isize(55, 7) });
    let v9: i64;
    if u64::MAX < u64::MIN {
        let p1: u8 = 8;
        v9 = 3;
    } else if false {
        v9 = 5_1u8 as i64;
        let mut v10: bool;
        if true {
            print!("q ");
            let c11: u16 = 19;
            let c12 = c11 | c11;
            let c13 = c11 ^ c12;
            let c14 = c13 & 8u16;
            v10 = c5 > p1;
        } else {
            let v15: i64 = c7;
            v10 = (31u8 | 1_28_u8) - (1 & 127u8) >= 7;
        }
    } else if true {
        v9 = c4;
    } else {
        v9 = p1;
    }
    println!("sum{{}},{0:+#}, sum {:<00b}", 37usize as i64 as isize);
    let v16: u8;
    v16 = f0(3u8 << (p0 & 7) & 15u8, 1) >> (c7 << (p1 & 63) << (add_u16(0, 194_07u16) & 63_) & 7i64);
    (i16::MIN & 16_383) + (7i32 as i16 & 0x3fff) << (u32::MIN & 15)
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
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
    let v22 = 1isize / ((4611686018427387903_isize & 7) + 1);
    println!("z,{0:3}, res,{:.2}", 0u8 << (0u16 & 7));
    let c23 = 19u8;
    let c24 = 82u8 + c23;
    let c25 = !c23;
    let c26 = c24 >> 0b101;
    ck = mix(ck, f0(11, 4u16) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(-128, 29, 0x0) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(1, 1, 0xFFFFi32, -1) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
