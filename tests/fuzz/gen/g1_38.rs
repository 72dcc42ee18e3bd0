fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f1(p0: bool, p1: bool, p2: i16) {
    if (-8i64 != i64::MIN) & p0 {
        let p1: usize = 4 & (if p1 { 1_ ^ 0 } else { usize::MIN ^ 0x4usize });
        f0();
    } else if p0 {
        let v3 = div_u32(0o5_ | (0o5 | 0o20000000000u32) - (0x80000_u32 & 0x7fffffff), rem_u64(0o3u64, 5017479940189550713u64) as u32);
    } else {
        let v4: i32;
        if !p0 {
            v4 = !f0();
        } else if 0b1000100101101_100001_011_10_0_11100_00_00_001_0_11_0_000_011_00_1_1_00_00001010isize != -838_7_1_71_71_2_1_86_40_6537isize {
            v4 = 0x7;
        } else {
            v4 = sub_i32({ let t5 = 0x80000_u64; 0x4f_i32 }, rem_i32(0i32, 0x47d1c505_i32));
        }
        println!("n\\: {:4.4x}", -5247015760015357748isize);
    }
    println!("k: {} hi {:X} y {{ok}} = {p2:20.3?}, sum,{}", if -121i8 == 0x8 { 3_u32 } else { 0xFFF }, div_i64(neg_i64(0i64), 8681242858224333437 << (6853_0_74_43052_370366_6usize & 0x3fusize)), 4i64);
    print!("sum = {:o} sum: {p2}, ck = {:02b} d = {} b,{:<},|", 0x36A18E2Cu32 | 0x1_u32 | u32::MIN, 0o1_14_2065_54_5, 0x8_i8, p1);
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0() -> i32 {
    let v1: i32 = 0x64ea2c4e;
    let mut v2 = !-9007199254740992i64;
    v1
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (5u32 << (0b10u16 & 31)) as u64);
    f1(true, true, { let t6 = 32; 0x120 });
    let v7 = (0b1000_i64 & 0o377777777777777777777_i64 < -0x10000 ^ 134217727i64) as u32;
    println!("d\\ {ck:→^16}, x: {ck:X}ck: {}, step = {}", 7, 9isize);
    let v8: i64 = (27 & 0x3FFFFFFFFFFFFFFFi64) - (4i64 & 0b11111111111111111111111111111111111111111111111111111111111111);
    println!("b = {:#2} hi: {:3?}", ck << (ck / ((ck & 0x7_u64) + 0b1u64) & 0x3_fu64), 5u32);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    f1(false, false, 0b1010011i16);
    println!("ck = {}", ck);
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}
