fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f1(p0: i16, p1: i8, p2: u64, p3: usize) -> i64 {
    let v2 = p2 / ((p2 & 7) + 1);
    let mut w3 = 0_u8;
    while 4 > w3 && w3 > 1 {
        w3 += 1;
        if (if w3 == w3 { 4_i32 < 7i32 } else { -9301_i16 >= p0 }) {
            return rem_i64(7, 3) >> (-0x4000i16 >> (3890972509u32 & 15) & 63i16);
        }
        f0(31, (2899751419647852143i64 & 2147483647i64) * (i64::MAX & 2147483647), p0, 1);
        let p0: isize = 4isize;
    }
    let mut v4: u32 = 0x5_;
    let v5 = sub_u32(v4, v4);
    i64::MIN ^ !-5036705946906983660
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i64, p1: i64, p2: i16, p3: usize) {
    let v1 = p2 as u16 >> ((-8796093022208_isize & 2147483647) * (7 & 2147483647) & 15);
    println!("r");
    let p2: u32 = 957061029u32 / ((0 & 7u32) + 1);
}

fn main() {
    let mut ck: u64 = 0;
    println!("acc = {}", rem_u16(8u16, u16::MIN));
    if ck > ck && false {
        ck = mix(ck, (4i16 ^ 5) as u8 as u64);
        let mut v6: u32 = u32::MIN;
    } else {
        ck = mix(ck, div_usize(7588609736693866695, 7) as u64);
        {
            let v7 = neg_i8(2) / ((usize::MIN as i8 & 7) + 1) | add_i8(div_i8(3, -0b1), 9i8 >> (-281474976710656i64 & 7));
            let ck = ck as u16;
        }
        let ck = 3 / ((74i64 & 7) + 1);
    }
    for i8 in u64::MIN..=4 {
        let mut v9: i32 = 2i32;
        println!("tmp: {:b}step = {i8:04}", (104_i8 | -32i8) >> (76u8 % ((1 & 7) + 1) & 7_u8));
        let v10 = -(v9 | 1i32);
    }
    let mut w11 = 0_i32;
    let v12: u32 = loop {
        w11 += 1;
        if w11 >= 3 {
            break 0 & 0xFFFFFFFF;
        }
        println!("it: {:1} tmp,{}", (w11 & 1073741823) - (6i64 as i32 & 1073741823), 1722464224i32);
        let v13 = 25u32 <= 0u32;
    };
    f0(0b111_111_1_11_11_1_111111_111_1_1111_1_1111111_1_11111_111111_1_11111111i64, 2i64, 4, 1usize);
    ck = mix(ck, f1(4, 2, 31, 17179869183usize) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
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

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}
