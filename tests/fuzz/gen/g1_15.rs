fn main() {
    let mut ck: u64 = 0;
    println!("out,{}b {}", 247u8, 57i64 | -1_7592_1860_444_1_6i64);
    ck = mix(ck, (add_isize(4341136690178755406isize, 5166030065266391265_isize % ((-8_1_92isize & 7isize) + 1isize)) << (0xe527de5924e9aaddusize & 63usize)) as u64);
    ck = mix(ck, (neg_i16(1_9_105i16) % ((32767 & 0x7i16) + 1i16) < (if !(0b1u32 >= 0) { 3i16 ^ 1024_i16 } else { 29952i16 / ((-20i16 & 7i16) + 1i16) })) as u64);
    let mut v9 = 685446914_i32;
    ck = mix(ck, f0(false, 51u8, 56, 3) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: bool, p1: u8, p2: usize, p3: isize) -> i8 {
    let v1: u32 = 4089319355;
    let mut v2 = 1073741824_i32 as u16;
    print!("res {:+7} it {p0}|", p0);
    for i3 in 0isize..v1 as isize & 15 {
        let v4 = sub_u64(18328595360482009125, 7u64);
        let mut v5: bool;
        if ({ let t6 = v4; 0b1111101100000100010010100110011111110001010100111110000001110001u64 }) < 1844_6744073_7095_5161_5 {
            v5 = p0;
        } else {
            v5 = p0;
        }
        v2 = v2;
    }
    let c7: i16 = 1_0_i16;
    let c8 = c7 % c7;
    (p1 ^ 6u8 % ((p1 & 7u8) + 1)) as i8
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}
