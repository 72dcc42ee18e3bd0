fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    f1((0b110000_usize & 0xffffffffusize) * (92233_7203_6_85_47_75_807usize & 4294_9672_9_5usize), 0, -0b1000000000000 << (i32::MIN & 3_1i32), 0b110i64 as i32);
    let v12: u64 = 0o0u64;
    if 7u32 == 0o31__u32 {
        ck = mix(ck, (-87i8 <= 0x0) as u64);
        let v13: i8;
        if (if 0x1fu8 >= 0x3 { true || 0b1u16 < 0b1000 } else { 0b1111111111111110u16 <= 0o31u16 || 11862162705094383340_usize >= 0x3E0C46638E9AC308usize }) {
            v13 = !rem_i8(0b1000010, 0o17_7_i8);
            let mut v12 = 144115188075855872_i64;
        } else {
            v13 = !(0b10 >> (-0o17i64 & 7_));
        }
    } else {
        print!("r: {:_^4}hi = {}, d,{}\n", !true || (false || 2_543_0i16 < 4i16), true, !(5usize < 0x4000000000_usize));
    }
    println!("r {:ß>#X} k,{}, res = {v12} d\u{e9} = {ck}", 0i32, 0b11111i32);
    for i14 in u64::MIN..0x3 {
        if !(99i32 != i32::MAX) {
            break;
        }
    }
    f0(0b11_110_101110_01011_0_011_01110_01_0_1_);
    ck = mix(ck, f1(1, 65535, 0x5_i32, -875261205i32) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: usize, p1: u16, p2: i32, p3: i32) -> u8 {
    let v6 = 0xeec5b2ef21feede4u64;
    let v8: bool = false & (p0 < 4usize) && p2 < p2 && (p1 | 0x8000) - (u16::MAX & 0x7f_f_f_u16) <= ({ let t7 = 85isize; p1 });
    let mut w9 = 0i64;
    let v10: isize = loop {
        w9 += 1;
        if w9 >= 0x2i64 {
            break 0o576355376144247540343isize & 0x7FFF_FFF_FFFFFFFFF;
        }
        let mut v11 = 93i8;
        let v8: u8 = 0x6_3u8;
    };
    println!("it = {p2}, q: {v10} z}} = {p2}step\" = {:=<+X}, acc: {}", 0b10_011_1_1_111_111100_0_10010_01011111_01__u32, p0);
    0
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i32) {
    let v1 = true;
    let v2 = -25875i16;
    for i3 in -3isize..-0x2 {
        let mut v2: i32 = p0 & p0;
        let v4 = v1;
    }
    let v2 = 0x3Fi64;
    {
        let v5 = 3i32;
    }
}
