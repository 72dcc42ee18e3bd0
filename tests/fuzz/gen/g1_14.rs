fn main() {
    let mut ck: u64 = 0;
    if false && ck <= 34 {
        return;
    }
    let v4: u8 = 2;
    let mut v5: isize;
    if true {
        v5 = 79;
        {
            println!("out {}n,{ck} step,{ck}", (4i64 & 2147483647) * (0x28214a1f5c406aab & -0b10010 & 0b1111111111111111111111111111111));
            let mut v4: i32 = 0b1010101;
        }
        println!("v4 = {v4}");
    } else if (usize::MAX <= 4294967295) ^ (0b1000000000000000u16 > u16::MAX) {
        let mut v6 = false || (true || i8::MIN < -0b1111111);
        let mut w7 = 0b0_u32;
        while 0x5 > w7 {
            w7 += 1;
            let v8: usize = (0b100000000 & 0x7fffffffffffffff) + (45 & 9223372036854775807);
            let c9: u32 = 4;
            let c10 = c9 / c9;
            let c11 = c9 - c9;
            let c12: u32 = c11 ^ c10;
        }
        v5 = if !v6 { (0b110111 & 0b11111111111111111111111111111111111111111111111111111111111111) - (0o2 & 0b11111111111111111111111111111111111111111111111111111111111111) } else { 0b100111 };
    } else {
        let v13: bool = !(0b1000101001110011010101010111101000100101001111010100011101011101_usize == 0b10 || -0b10000_i16 <= -13494);
        v5 = 8;
    }
    f0(-0o467617713146233225517, 0o730066110473560022522, 44);
    println!("ck = {}", ck);
}

fn f0(p0: i64, p1: i64, p2: i64) {
    let p0: i8 = (if 0x8i16 == 27491i16 { -0b111i32 } else { 0o2 | 0o7i32 }) as i8;
    println!("r: {} r{{}}: {p0}tmp = {}", 71i64, 1i8);
    println!("val,{}, q,{},", ((u8::MIN ^ 0o113) & 127u8) + ((0x0 & 15) * (0xB6 & 0b1111) & 0x7F), 3_usize);
    let c1: u32 = 0x3;
    let c2 = 0x0 & c1;
    let c3 = c1 & 5;
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
