fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: i8, p1: i64) {
    let mut w1 = 0u16;
    while w1 < 2 {
        w1 += 1;
        println!("hi: {} x {p1} d: {0}", (95isize & 0b11111111111111111111111111111111111111111111111111111111111111) + ((-9223372036854775807 & 0x7fffffff) * (0x42990B061467D24F & 2147483647_isize) & 4611686018427387903));
        for i2 in 0u16..(5isize != -0x7fffffffffffffff) as u16 & 0x1 {
            if false || p1 < p1 {
                break;
            }
            let mut v3: u32 = 6;
            v3 ^= 1956345917;
        }
    }
    let v4: u32 = 0o71 ^ 0o21;
    println!("out,{p0}, hi: {}", v4);
}

fn f1(p0: u32, p1: u64, p2: u64, p3: usize) -> u64 {
    println!("n");
    println!("tmp,{p1}step\u{e9}: {} x: {}", ((117534254u32 | 1) & 0b1111111111111111111111111111111) + (1 & 2147483647), (0b1000001 & 32767) * (9 & 0b111111111111111));
    if 0b1000i16 < 0o40 {
        let mut p1 = div_u64(p2, 0xfd5f699c72e96eed);
        println!("step,{p3} q,{} step = {p2} n\': {p1}", i32::MAX | 45);
    }
    println!("q");
    p2
}

fn f3(p0: isize, p1: i8, p2: i32) {
    println!("d = {p1},");
    let mut v10 = 1_u16 | 9 < 6 && false;
    let v11: u64 = 0o5;
    f0(p1, -(0xFFFFFFFFFFFFFF | 0x1));
    print!("d}}: {p1}it {0}ck,{0} d: {0}, ", !v10);
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
    let v12 = (!-0x75907566i32 as i16) <= 0b110101_u8 as i16;
    let mut v13: u32 = 0x80000000;
    {
        let v14: usize = 4;
    }
    f0(41, -8289241235644114520);
    ck = mix(ck, f1(1, 6, 0x0, 0x3) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0x4, 1, 0x7fffffff) as u64);
    println!("f2 = {}", ck);
    f3(5841195175148606955, 25, -0x80000000);
    println!("ck = {}", ck);
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f2(p0: i8, p1: u32, p2: u32) -> u32 {
    let mut v5: usize;
    if !true {
        if true {
            let v6: u16 = add_u16(262, rem_u16(0x7, 0b100)) << ((0o1i8 >> (0b10_i64 & 0x7)) as isize & 15);
            if 0o1u8 == 0x0 {
                return if 0o264_u8 <= 0b111 { p1 } else { v6 as u32 };
            }
        } else if !(-0o15i64 < 0o7) {
            println!("q: {0}ck = {p2}", (14862541843404568136usize == 6) as i16);
        }
        v5 = usize::MAX;
        let mut v8 = i32::MIN / ((0x3f & 0b111i32) + 1) ^ ({ let t7 = 19_isize; 0o3461015426 });
    } else if 1i16 == 7 || 80isize == -0x110ff9f2afe44899 {
        let v9: u16 = 0x759a;
        println!();
        v5 = 0o0;
    } else {
        v5 = mul_usize(22, 6 % ((0x2 & 7_usize) + 1));
    }
    v5 &= v5;
    mul_u32(0xEBE3AA9 ^ 0b1010010, p2) << ((0o0i16 as u16 | add_u16(2048u16, 0x98fd)) & 0b11111)
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
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
