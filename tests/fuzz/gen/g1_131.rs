fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1(p0: i32, p1: bool, p2: i64) -> u64 {
    let mut v7 = 81u8 / ((0x5 & 0o7_u8) + 1);
    let mut v8 = if false { usize::MAX } else { 0b0 };
    println!("a{{: {}, r{{,{}", (p0 & 0x3fffffff) - (p0 & 1073741823i32), 48 / (((p0 & 0x3fffffff_i32) + (p0 & 0o7777777777i32) & 7) + 0x1));
    let mut v9: isize = -0x1000000000;
    let mut v10: u32 = 0o21776352400;
    (0b1111111111111111111111111111111111111111111111111111111111111110 | 0x8000000000000000) - (89 & 0x7fffffffffffffff) << (9u32 & 0x3F)
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: u32, p1: bool, p2: usize, p3: i32) -> u32 {
    if p0 == 0 {
        return p0;
    }
    for i1 in 0x1u64..=0x0 {
        let v2: u64 = 5;
        if 0x1_u64 > 0b111111111111111 {
            let p2 = p1;
            let v3: u16 = 50071;
        }
        if !false {
            let v4: u8 = 0o1 / ((0b101 & 7) + 1_u8) >> (add_usize(0x1000000000usize, p2) & 0b111) & (0 << (7i16 & 7i16) | 128) - ((if p1 { 1 } else { 0x0 }) & 0o177);
            let v5: i16 = div_i16(0x4di16, 3);
            let v5 = v4 as usize;
        }
    }
    let v6 = f0(p0 - 1, p1, 0b0, rem_i32(p3, p3));
    add_u32(v6, v6) & v6
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    println!("val: {ck}");
    ck = mix(ck, neg_i16(0x1_i16) as u64);
    println!("ck,{} n: {} ck,{} tmp = {}", true, !((ck != ck) & (0o40isize == 0o3777777777777777777_isize)), 52i64, rem_u32(div_u32(0o26307564441, 0x3c2c35edu32), 2u32));
    ck = mix(ck, f0(2, true, 137438953471, 0x7fffffff) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(1725975839, false, 8i64) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
