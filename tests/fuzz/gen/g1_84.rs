fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1(p0: usize, p1: u64) -> u32 {
    if p0 == 0 {
        return 0o1;
    }
    let v5: bool = !0x63c77226a3be85eisize != 0x7fffff >> (i16::MAX & 63);
    let v6 = f1(p0 - 1, 0);
    4 & 0b10101101u8 as u32
}

fn f0(p0: i32) -> bool {
    print!("y = {}, r {{ok}} = {} out = {p0}|", true && true, (false as usize & 4294967295) * (({ let t1 = p0; usize::MAX }) & 4294967295));
    let v2: i64 = sub_i64(!-0x45b7806e95a7e18, 43);
    let v3: u8 = (0b10 & 0x7F) + (6 & 0x7F);
    ((-0x436ci16 == 0x1i16) as isize) < ({ let t4 = v2; 0x20000000000 }) && (!false && 0o0u16 >= u16::MIN)
}

fn main() {
    let mut ck: u64 = 0;
    for i7 in 0o4..=7u16 {
        print!("b,{}, ", 0x0u16);
    }
    f0(sub_i32(27, 0b10));
    let mut v8: i64 = neg_i64(i64::MAX);
    let v9: u8 = add_u8(81, 0x3);
    ck = mix(ck, ck as u64);
    v8 = (v8 & 0o17777777777) * (v8 & 2147483647) >> (rem_usize(4398046511103, 0o1224405671070454417754) & 0b111111);
    let v10: usize = 0o3_7_7_777_77777_7;
    let mut v11: i16 = -0x14;
    ck = mix(ck, f0(0b11_111111111111_11_11_1_1111_11_111111) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(11, 1) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}
