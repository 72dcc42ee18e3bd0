fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0() -> usize {
    for i1 in i16::MIN..(i16::MIN + 7i16) {
        println!("out,{i1} tmp{{}} {} y,{},", 2305843009213693952i64, -2147483647 <= 2147483646);
        let mut w2 = 0x0usize;
        loop {
            w2 += 1;
            if w2 >= 1 {
                break;
            }
            let mut v3: i8 = i8::MIN / ((28i8 & 0b111) + 1i8);
        }
    }
    let mut v4: i16 = (6 ^ 0_i16) / ((2i16 % ((6 & 0x7) + 0o1) & 7) + 0b1);
    let mut v5 = (0b0_usize != 0b1000000001110010111010011100001100001001001100101101000011010110) as u16 % mul_u16(32767, 3_1u16);
    let mut v6 = 0x0usize % ((0b1100100 & 0o7) + 0x1usize);
    mul_usize(v6, v6 << (63u8 & 0x3f))
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let mut v7 = 44660u16;
    f0();
    v7 |= 3;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}
