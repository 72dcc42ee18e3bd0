fn mul_i8(a: i8, b: i8) -> i8 {
    if a > 0 {
        if b > 0 {
            if a > i8::MAX / b {
                return a;
            }
        } else if b < i8::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i8::MIN / b {
            return a;
        }
    } else if a != 0 && b < i8::MAX / a {
        return a;
    }
    a * b
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
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

fn f0() {
    println!("b: {},", 32767u16);
    let v1: bool = !(if i32::MIN < 2147483647 { false } else { usize::MAX >= 80 }) & (5986046378033420474u64 as u64 != (4u64 & 4294967295u64) * (0 & 4294967295));
    if true && v1 {
        let mut v1 = div_i16(if v1 { 4 } else { 11439 }, 4 | 25_5) < 511i16 as i16 % ((0usize as i16 & 7) + 1);
        println!("hi: {},", 38i64);
    } else {
        let mut v2: u32 = 0x7;
    }
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f1() -> bool {
    if 15_i16 == 6 {
        if 4u16 == 28035 || 14_i16 <= 8 {
            return false ^ (58u32 <= u32::MAX && false);
        }
        println!();
    } else {
        let v3: i8;
        if (if true { 9223372036854775806_i64 < 3 } else { 5_u16 == 2u16 }) {
            v3 = neg_i8((1 & 7) * (58 & 7_));
        } else if 60 <= 4 / ((i32::MIN & 7) + 1) {
            v3 = if 13i64 > 6 { 64i8 } else { 64 };
        } else if false {
            v3 = rem_i8(5, i8::MAX);
        } else {
            v3 = mul_i8(rem_i8(-127, 7), (i8::MIN & 0b111_i8) * (42 & 7_));
            let v4: i32 = 0i32;
        }
    }
    let mut w5 = 0_u8;
    loop {
        w5 += 1;
        if w5 >= 3 {
            break;
        }
        let v6: usize = (6 | 9223372036854775808) - (usize::MAX & 9223372036854775807);
        let mut v7 = 6_;
    }
    {
        println!("res {{ok}}: {} it {}", 4u64 >> (63_i32 & 63i32) | (if false { 45 } else { 8_ }), i64::MIN);
        let w5 = 7i8;
    }
    println!("w5 = {w5}");
    for i8 in 0u8..2147483647i32 as u8 & 0x7 {
        print!("a{{ = {i8}val = {}|", 134217727i32);
        let v9 = 268435456;
        let mut v10 = -(v9 | 1) % ((v9 & 7i32) + 1);
    }
    for i11 in 0u8..w5 & w5 & 0x7 {
        if 32768_u32 == 4u32 {
            break;
        }
    }
    (8i16 as u16 as i64) < 1048576
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    if 63isize > 268435455isize {
        return;
    }
    print!("a: {} ", 7175708427068526310_u64);
    ck = mix(ck, (neg_i32(5_2_4287i32) ^ ({ let t12 = 0x2i8; 6i32 })) as i32 as u64);
    let v13: bool = 1_i64 <= 8589934592;
    f0();
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
