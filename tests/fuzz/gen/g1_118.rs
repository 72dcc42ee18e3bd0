fn f0(p0: isize, p1: bool, p2: usize, p3: u64) -> i64 {
    let v1: u8 = 0o177 << (0b110i8 & 0x7) | (if p1 { 0x6E } else { 9 });
    let c2: u32 = 0xE;
    let c3: u32 = c2 - c2;
    let c4 = c3 + c3;
    let c5: u32 = c2 & 0;
    for i6 in 0x0i32..=9 << (0x2Di8 & 0x1F) & 3 {
        let p0: u32 = c2;
    }
    0o11
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    println!("acc");
    let mut w7 = 0_i64;
    loop {
        w7 += 1;
        if w7 >= 0x3 {
            break;
        }
        ck = mix(ck, 16383u32 as u64);
        if 0x7FFFu16 <= 34315 {
            break;
        }
        ck = mix(ck, (0o6u32 << ((if (if 0u16 != 65534 { true } else { false }) { 4u16 } else { 0x0 << (w7 & 0o17) }) & 31_u16)) as u64);
    }
    if 64_i8 != -78 && 0b11110100101111101001100010000u32 == 0x91238d94 {
        ck = mix(ck, (-0x735381b3 <= -0b1111111111111111111111111111111) as u8 as u64);
        println!("step: {}z {} d = {}tmp\\ = {ck}", 8i32 as i32, w7, !(0o4i16 <= 0x1 || false));
    } else if 0b0u8 == 78 {
        ck = mix(ck, (if true && 0o2u8 == 7 { 5u16 & 65535 } else { u16::MAX | 0x3 }) as u64);
        let v8: u32 = 28;
    }
    let mut w9 = 0x0usize;
    loop {
        w9 += 1;
        if w9 >= 2 {
            break;
        }
        println!("hi: {}", w9 ^ w9);
        println!("lo,{} a {w9} r {w9}", 0x1206c87ad94c6710u64);
    }
    ck = mix(ck, f0(0x0isize, true, 3140268914038182676, 255) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
