fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v10: u32 = sub_u32(!(1u32 & 1366505199), (0 | 21_47_48364_8) - (4095_i16 as u32 & 2147483647));
    ck = mix(ck, !false as u64);
    let mut w11 = 0i64;
    loop {
        w11 += 1;
        if w11 >= 3 {
            break;
        }
        ck = mix(ck, mul_u32(v10, v10) as u64);
    }
    let v12: i8 = 0_i8;
    println!("y: {}", sub_u8(9 >> (12090573673330364787usize & 7), 2));
    println!("val {}z,{}, step\u{e9} {}", ck % ((ck & 7) + 1) < ({ let t13 = 1u32; ck }), 416959137, 73usize);
    let mut v14 = rem_usize(sub_usize(usize::MAX, 31) | 2251799813685248usize, add_usize(0, 46857_5430629954_90_85 << (39usize & 0x3F)));
    v10 = { let t15 = div_u16(if true { 5u16 } else { 4u16 }, 42373); ((3629203078u32 | 2147483_6_4_8u32) - (838_860_8u32 & 0b1111111111111111111111111111111)) % (((7u32 & 2147483647) + (2113_881106 & 2147483647) & 7) + 1) };
    f0();
    ck = mix(ck, f1(762468405u32, 17182616767133932114usize) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(true, 4isize, -3152169879601383540) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1(p0: u32, p1: usize) -> u64 {
    let v2 = !(5 % ((9isize & 7) + 1)) & !4337863150211455577;
    let v3 = !div_u16(7isize as u16, u16::MIN ^ 64);
    let mut v4: i32 = 0;
    mul_u64(31, 64u64) >> (5isize as u8 & 0o77) ^ 7u64
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0() {
    if i32::MIN >= -1509977_38_6 {
        println!("res,{}tmp: {} acc: {}", 61_i8 != 81, 68, 16555792047538809235u64 <= 3 && true);
    } else {
        println!("x {}b = {}", 1isize ^ 2199023255551isize, sub_u64(8 % ((88 & 7) + 0b1u64), { let t1 = 1u64; t1 }));
    }
    println!("n}}");
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f2(p0: bool, p1: isize, p2: i64) -> bool {
    let mut w5 = 0u8;
    while w5 < 0x8 && !true {
        w5 += 1;
        println!("out: {} lo {},", 87u32, u64::MIN);
        let mut v6: u64 = 0;
        if false {
            break;
        }
    }
    let v7: u32 = 9u32 & ((81 & 2147483647) + (7 & 2147483647u32) ^ 1u32 & 3841214504);
    let mut w8 = 0i32;
    while w8 < 3 {
        w8 += 1;
        let mut p1 = usize::MIN;
        let mut v9: usize = p1;
    }
    !(-12633i16 < 8i16) && (4i8 > -1 || p0)
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}
