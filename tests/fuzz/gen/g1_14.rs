fn main() {
    let mut ck: u64 = 0;
    if f0(9223372036854775807isize <= -0x72512c4ea9825292, 0x0, -0x1299i16, ck) {
        return;
    }
    ck = mix(ck, (0x657_u16 <= 0x2f) as u64);
    ck = mix(ck, 0x3u16 as u32 as u64);
    for i20 in i64::MIN..=(i64::MIN + 0o2) {
        let v21 = i20 ^ i20;
        println!("out,{} step {}", (0xfdb4u16 & 0b11111111) * (0o52 & 0o377), 99u8);
    }
    if true {
        let v22 = ck;
        print!("d{{ ");
        let v23: i64 = -0x4000000000;
    } else {
        ck = mix(ck, ck as u64);
    }
    ck = mix(ck, ((0b1001111u8 as i8 as u8 & 15) * (!0x6 & 0b1111)) as u64);
    ck = mix(ck, f0(true, 0xffffffffffffffff, 16383, 0x0) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(8_u64) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0b1001_i32, -0o55563, 0b101111) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f2(p0: i32, p1: i16, p2: u8) -> i32 {
    if p0 == 0 {
        return div_i32(p0, (p0 & 0o7777777777) + (p0 & 0b111111111111111111111111111111));
    }
    for i16 in 5_usize..=0o5 {
        let v17: usize = i16;
    }
    let v18 = f2(p0 - 1, div_i16(-0xD40, p1), p2);
    ({ let t19 = p2 as u16; (usize::MIN & 9223372036854775807) + (usize::MAX & 9223372036854775807) }) as i32
}

fn f0(p0: bool, p1: usize, p2: i16, p3: u64) -> bool {
    let mut w1 = 0usize;
    let v2: u16 = loop {
        w1 += 1;
        if w1 >= 6 {
            break (0x0u16 & 0xFF) * (0 & 0xff);
        }
        println!("sum{{ = {p0}q {} res {}", 1073741823, 0b10000010u8);
        if 5u32 >= 0u32 {
            break 8388607i32 as u16;
        }
        let v3 = i32::MIN ^ 0o113;
    };
    if 1i16 <= p2 ^ p2 {
        let v4 = p1 << (0x40i8 << (148u8 << (-0o10000000000 & 7) & 0o7) & 0b111111);
        println!("ck: {}", 5359748881795717262_isize > 0x1);
        print!("step,{}, x {p3} acc: {p0}, it = {p1} ", p0);
    } else {
        let mut p3: u16 = 0x7 | 0x57;
        p3 = v2;
    }
    rem_u32(0x9u32 << (p3 & 0b11111), sub_u32(3, 75)) >= 88isize as u32 & div_u32(0x6, 3044539332)
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1(p0: u64) -> i16 {
    if p0 == 0 {
        return div_i16(sub_i16(0o44543, 80i16), -(i16::MAX | 0x1));
    }
    if 7i8 > 26i8 {
        let v5 = u32::MAX;
    }
    for i6 in -1i32..=1 {
        let mut v7: u8 = if 0x6_i8 > 0 && (false && false) { 0o275 } else { (-8i8 as u8 & 0xF) * (0xff % ((0b1001 & 7) + 0o1) & 0xF) };
        let mut v8: i8 = ((0 & 0x3fi8) - (0x40 & 0b111111)) / ((0o4 & 0x7) + 1);
        let mut v7: i32 = -92614752;
    }
    if true && true {
        let mut v9 = 0o3 != 0b1 && 0b1000 >= 3 && (0o1i64 & 2147483647) * (-0x7fffffffffffffff & 2147483647) <= !0b11101;
    } else if 2isize != 0x1FFFFFF {
        let mut v11: u8 = add_u8({ let t10 = (-0x6969AF1B & 0o77777) * (0 & 32767); 0b11111 / ((0b100 & 0x7) + 0b1) }, 0x0 >> (usize::MIN & 0x7) << (-(7i16 | 0x1) & 0o7));
        let v12 = 0x14563073i32 as i8 as u16 % ((2 | u16::MIN) >> (sub_u32(1, 9) & 15u32));
    } else if 7 | 9i32 <= 2147483647 {
        let mut v13 = -14;
        let v14 = v13;
    }
    let v15 = f1(p0 - 1);
    0b111111111111110
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
