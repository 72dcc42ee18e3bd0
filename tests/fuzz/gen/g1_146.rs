fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let c13: i64 = -0x4;
    let c14 = -0x5_i64 - c13;
    let c15: i64 = c14 - c13;
    let c15 = (!92i8 < f1(i32::MIN)) & (div_i8(0x8i8, 0o54) >= f1(0b111111100101010100101000100110));
    let v16: usize = 0_ | 9631794866176313952;
    if c15 {
        let v17: i32 = 0b1i32;
    }
    let v18 = (1 >> (7_97_6i16 & 0x1f) & 0o177_7_7_7_u32) * (mul_u32(0, 0o2_) & 0b1111111111111111) >> mul_u8(254_u8, -57_847_59839393_3_8_5901isize as u8);
    let mut v19: i8 = (i8::MAX & 0o7) * (0o2_i8 & 0o7);
    let v20 = 0o0;
    f0(0o336u8, 3, 2621_43);
    ck = mix(ck, f1(-0o533153025) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: i32) -> i8 {
    let mut v5 = 0x39u32 as i64;
    let mut w6 = 0u16;
    loop {
        w6 += 1;
        if w6 >= 0b1_0_ {
            break;
        }
        f0(0x0 % ((0b0 & 7) + 0o1u8), 0x7FFFFFFFFu64, p0);
        if 70_usize <= 0b1_ {
            continue;
        }
        if 0b10_u32 > 0b1001 || false {
            break;
        }
    }
    let v7 = u32::MIN;
    if -0x4i8 < 0b111111i8 {
        let mut v8: i8;
        let c9: usize = 0b1000;
        let c10: usize = c9 + c9;
        let c11 = c10 - 0x0;
        v8 = (div_i8(0b1001, 0o100) & 0x3fi8) - (i8::MIN & 0o7_7);
    } else {
        println!("sum = {}, r é,{:01}y: {}", p0, 0x8_usize, v7);
    }
    let mut v12: i32 = div_i32((1 & 0b111111111111111) * (p0 & 0o77777), -0x552c371f);
    -(9 % ((rem_i8(4, 0x7_3) & 7) + 0x1) | 1)
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: u8, p1: u64, p2: i32) {
    print!("r = {:012.1b}acc = {},|", div_i64(0, i64::MIN) >> (0b1010001i8 & 0b1_111_11i8), p2 == p2);
    for i1 in 0x0u8..=8 & 7 {
        let c2: usize = 0;
        let c3 = c2 | c2;
    }
    {
        let p1 = 0b1001u8 as i64;
    }
    println!("p1 = {p1:#5}");
    let v4 = 0b1000u32;
}
