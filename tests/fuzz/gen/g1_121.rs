fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (3i8 ^ i8::MAX) as u64);
    ck = mix(ck, !(-128i8 <= 0o176i8) as u64);
    ck = mix(ck, (-2147483648 != -0x1000) as u64);
    f1(16384i16 as i32, -0x5 ^ 0x3fff, !(32767i64 < 0o2));
    for i8 in 4u32..=0b110 {
        println!("acc,{i8}, q = {}, x {}", (i8 - 0o4) as i8, (0x6i32 ^ 512i32) >> ((if 0x24u32 < 0xfffffffe { -4321993896619607211isize } else { -0x29386becb2012ed4 }) & 31_isize));
    }
    let v9 = 3u8 < 0x2b && true;
    if v9 {
        let v10: usize = 9 ^ 4881483295977434643;
    }
    println!("step,{}", 1351954650810351627isize);
    ck = mix(ck, f0(false, 0x3fa46380, 0x565c52509e89dec3i64, 2147483646) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0o4i32, 0o777777777777777777777i64, false) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2() as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1(p0: i32, p1: i64, p2: bool) -> u64 {
    if p2 {
        if p2 {
            return (-0x8000i16 / ((-0b101111101001011i16 & 7) + 1_i16)) as u64;
        }
        println!("lo {}, k = {}, n\u{e9}: {p2}tmp {}", { let t2 = 2047u16; 5_u8 }, 0b1010u8, 0x0u64);
        if i32::MIN <= p0 {
            return 0b1111111111111111111111111111111111111111111111111111111111111111u64;
        }
    }
    println!("hi,{}, sum: {}it {}, hi,{p0}", rem_u64(0x3, u64::MIN), p1 ^ 0x2D, p0);
    if false {
        println!("q: {}, val {}x: {p2}x {p1}", 0o0u8 ^ 56_u8, 0x1isize == 0x13 || (p2 || p2));
    } else {
        println!("out\" = {}sum {p2}, ck = {p2}", -12i16 as usize);
    }
    !((0x8D31F35CF5E438E8 & 4294967295) * (0o1777777777777777777776 & 0b11111111111111111111111111111111) ^ 37u8 as u64)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f2() -> bool {
    let v3: i8 = 48;
    for i4 in -0x1..=-0b1_i64 {
        if (if 7i8 >= v3 { 0x58i32 <= 45 } else { false }) {
            continue;
        }
        let v5 = (v3 & 63) + (v3 & 0b111111);
        let v6: u8 = 0;
    }
    let v7: bool = 8i16 >= i16::MIN;
    0u16 / ((0o7 & 0x7) + 1u16) <= 0o13 >> (0o2i16 & 0o17) || !(0x4 <= 0o7777777777)
}

fn f0(p0: bool, p1: u32, p2: i64, p3: i32) -> u16 {
    print!("res ");
    println!("out {} val,{p2}z {{ok}},{}", (p3 as u32) <= 0o0 / p1, 0b101usize);
    if p0 {
        println!("x");
    }
    let v1: i32 = p3 & mul_i32(p3, p3);
    0x0u16
}
