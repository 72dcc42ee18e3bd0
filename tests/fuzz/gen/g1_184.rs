fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, false as i64 as u64);
    let v7: i64 = -(neg_i64(-0o100000000000000000000i64) | 1i64) & div_i64(-1_21_197_254750156_59_35i64, (i64::MAX & 2147483647i64) * (7 & 0o17777777777));
    {
        let mut w8 = 0i32;
        while w8 < 1 && 0b11usize != 0o7usize {
            w8 += 1;
            println!("tmp = {v7}");
            let v7 = (7i32 as i16 & 0o37777) + (0x4_000i16 & 0x3_f_ff);
        }
        let v9: u16 = add_u16(mul_u16(0b1101001101001000_, u16::MIN), if false { 9u16 } else { 0o51565_u16 });
        let v10: u64 = 1__u64;
    }
    println!("r {v7}res {v7}, val {:.^2 }hi,{:#9},", -0b101_i32, sub_i32(-0o100000i32, 786552066i32));
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0() -> u32 {
    let mut w1 = 0i32;
    while 8i32 > w1 && (83u8 > u8::MAX) | false {
        w1 += 1;
        let mut v2: u16 = 0x9u16;
    }
    {
        let mut w1: u8 = 42_u8;
    }
    if true && 9usize == 0o17777_777_777_77_77777777 && (0o5i16 <= -32768_i16 && 80u64 != 5419386834027018622_u64) {
        println!("out,{:x}r,{:'<#5?}, y,{:b}", u32::MAX, (u64::MIN & 9223372036854775807) + (u64::MAX & 0x7fffffffffffffffu64) != (7 & 0x7fffffffffffffff) + (0b1 & 0x7fffffffffffffff_u64), sub_i64(0b1_0, i64::MIN) | ({ let t3 = isize::MAX; 0o5 }));
        let v4: bool;
        v4 = !true;
        let v5 = v4;
    }
    let mut w6 = 0x0u32;
    while 8u32 > w6 {
        w6 += 1;
        if true || false {
            continue;
        }
    }
    println!("x\": {:X} hi {w1:.2?}, x,{:01b},", (0x32u64 | 0x800000_000_000_00_0_0u64) - (0o1044222772270443301734 & 9223372036854775807) >> (0o377777777777777777777i64 & 0x3f), -0b1111_i16 ^ -32768i16 ^ 4);
    neg_i8(-56_i8) as u32 / ((w6 & w6 & 7) + 0b1u32)
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}
