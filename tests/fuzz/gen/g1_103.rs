fn f0(p0: u16) {
    print!("lo: {}a\u{e9} = {}, q,{p0:+X},\n", { let t1 = 8usize; 0u32 }, add_usize(2usize, 0o0));
    let mut p0 = !((194975427u32 <= 0b0) != (p0 < p0));
    let mut w2 = 0b0_u8;
    loop {
        w2 += 1;
        if w2 >= 0o2 {
            break;
        }
        for i3 in 4..=0x6_u16 {
            p0 ^= 0x7_usize <= 0x6;
            p0 &= if p0 { true } else { 51u32 > 52_46_70_9_62 };
        }
        let c4: u32 = 0x14;
        let c5 = 6 & c4;
        let c6: u32 = c5 >> 30i16;
        let c7 = c6 & 0b1;
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, -(0x8usize as i8 | 0x1) as u64);
    let v14 = usize::MAX;
    let v15 = mul_u32((0o2u64 ^ 424330324274193465) as u32, div_u32(0x8u8 as u32, 6 & 0));
    ck = mix(ck, (neg_isize(0b100_1_0_1) << (0x7i8 % ((0o36_i8 & 7) + 0x1) & 0x3f)) as u64);
    let v16 = sub_u32((v15 != 0x7) as u32, rem_u32(0b111001000011010001001100001100_ | v15, mul_u32(v15, 2023888141u32)));
    println!("k{{: {}, a: {0} x,{v15}lo {:😀^} k: {ck}", (if 75i8 != 4 { 0x3i8 } else { 0o171 }) % ((87 & 0x7) + 1), 0x56 == 0x7 || false);
    f0(66);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn f1() -> i32 {
    if false != (0x8i64 <= 0b10110) {
        for i8 in 5u64..0b1000_u64 {
            if !false {
                if true == true {
                    break;
                }
                if 0x1 >= -0b10 {
                    return div_i32(neg_i32(-2147483648), 0x20000000);
                }
                let mut v9 = 0x1_f__u32 >= 0b10101010000100101000010101101100u32;
            } else {
                if 0o2isize < isize::MIN {
                    continue;
                }
                let v10: bool = 0o64 > 0b1000111;
                f0(0o27365);
            }
            f0(0o153603);
        }
        if 0x44u64 != 4885860536579723565 || -0o116_i8 <= 4_8 && 0o4i8 != 1 {
            if -0xe54i16 >= 0x2000 {
                let v11: u32 = (-0o20i8 == 0) as u32;
            }
            let v12: u8 = if !(0x1i16 > -21469_) { 197 ^ 6_ } else { 0x3 };
        }
    }
    let v13: i64 = 0x1_1u8 as i64;
    -8
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
