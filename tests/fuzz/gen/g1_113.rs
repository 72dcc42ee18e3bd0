fn f0(p0: u8, p1: usize) -> i32 {
    if p0 == 0 {
        return 0b1_000000000_00i32 >> (!0o11i8 & 31);
    }
    if !(18446744073709551615_u64 < 6 || 0b11111111111111111111111111111111111111111111111111isize >= isize::MAX) {
        for i1 in -3i32..=0x0 {
            let v2 = i1;
        }
        let mut w3 = 0b0usize;
        loop {
            w3 += 1;
            if w3 >= 0o2 {
                break;
            }
            let mut v4 = 90isize;
            v4 = add_isize(v4, v4);
            v4 = rem_isize(div_isize(v4, v4), v4 & v4);
        }
    } else {
        let mut v5 = 0x28;
        v5 >>= (if !(0x6u16 <= 0x476e) { (0x132551e9df40f37eisize & 0o3_77777777_7_77_77_77_7777_7) + (0x6_isize & 0b1_1111_1_111_11111111111111111111_111_11_1_11111111_1_1_1_11_1_1111_11111_1_11_1) } else { isize::MIN & -0x14_isize }) & 0x1f_;
        let mut v5: bool = p1 == p1;
    }
    let v6 = if 0x5_isize < 0o37_7_77_7_77_7_7_77_77_77_77777 { rem_u64(u64::MIN, 0xB) } else { div_u64(9, 0b11001010011010000011111100100010110101101011011111101001001101_) };
    let v7 = f0(p0 - 1, p1);
    ((v7 & 32767i32) * (v7 & 32767i32)) as u16 as i32
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((0b10000000000000000000000000000000000000000000000000000000i64 & 3 & 0x3fffffffffffffff) + (-(0xc34c5cc63eabaa4_i64 | 0o1) & 0x3fffffffffffffff_) ^ ({ let t8 = 0b1001usize << (0x8isize & 63); 0b1_1_1111_11_11_11_1_1_111111111111111_11111_1_1_111_11_11_11_11111_1111_111_1_11_1_1 >> (-0x12_ & 63) })) as u64);
    if 0o6__isize <= 0x3ff_ff_f {
        return;
    }
    let mut w9 = 0o0u8;
    while w9 < 0x8_u8 {
        w9 += 1;
        if true && 0x3ffffusize <= usize::MAX {
            println!("sum {}, res {}", 0x8_, 34359738368usize <= 7433540916304919432_usize);
            let v10 = 6574505471576287691isize % ((isize::MIN & 0b111) + 0x1) < 0x8i64 as isize || ((-0xFisize != 6isize) as u32) <= u32::MIN >> (44_i8 & 0x1Fi8);
        } else {
            f0(0o132 & 0xf, 0usize % ((0o66 & 0b11_1usize) + 0x1));
            let v11 = 0x3Ci64 <= 0xd411e_a9b940_3bc8 && ck >= ck;
            let mut v12: u64 = 0o0;
        }
        ck = mix(ck, 82u32 as u64);
        println!("n{{: {}, out{{}}: {}", -0o1000_i16, mul_u32(0b1_00_00000_0_00_00_u32, (7 | 0x80000000) - (97 & 0o17777777777_u32)));
    }
    ck = mix(ck, ((4u32 ^ 0o4 | 2_14_74_83648) - (0x3995d6c4 & 0x7FFFFFFF) | mul_u32(u32::MAX, 0o17777777777) % ((73 & 0x7) + 1)) as u64);
    ck = mix(ck, f0(9u8, 0x7) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}
