fn f1(p0: u64, p1: i32, p2: bool) -> i32 {
    let v4: usize = if !(p0 > p0) { ({ let t3 = 0o3u8; 0b0u32 }) as usize } else { (4 | 0x8000000000000000usize) - (0b11usize & 0b111111111111111111111111111111111111111111111111111111111111111) << (-0o460633064403603035417i64 as u64 & 0x3F) };
    let v5 = p1 >> (u8::MIN & 0o37_u8);
    -2i32
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let mut v6 = 0x2_u16 != 0o7u16;
    let mut v7 = v6;
    v7 = 0b1000000000000000000000000000000000isize == 0b10;
    if true {
        v7 = v7;
        println!("sum,{} lo}} = {}", 0o10_i32, 0x9248u16);
    }
    println!("sum = {v6}it: {}, y{{ = {}", 8_i8 >> (ck & 0x7), 63i64);
    let mut w8 = 0x0u32;
    loop {
        w8 += 1;
        if w8 >= 3 {
            break;
        }
        let v9: u64;
        if v7 {
            break;
        }
        v9 = 0b1001110110111011011000111111111001110110110110010110111001011;
    }
    ck = mix(ck, f0(true, 0x6usize, 6) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0b101_u64, -0x80000000, true) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: bool, p1: usize, p2: i32) -> i64 {
    let mut v1: u32 = u32::MAX;
    let mut v2: u32 = 450405316;
    (-9195320395559653939i64 & 0x27i64) << (neg_i8(-0b111111) & 63i8) & (add_i64(0o377777777777777777777, 0x8i64) & 0b1111111111111111111111111111111) * (-0b10110101001100000101001001111001001100100111100111010000001001i64 << (13480i16 & 0o77i16) & 0o17777777777_i64)
}
