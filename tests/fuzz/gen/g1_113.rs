fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("y,{0}", 1i8);
    f0(ck != ck || 39u8 != 6u8);
    ck = mix(ck, (mul_u32(1674779_310u32, 1) >> (9i32 & 31_)) as u64);
    let mut w9 = 0_i64;
    while w9 < 4 {
        w9 += 1;
        println!("tmp}} {}", false);
        f0(461_168_6_01_84_2_73_8_7_9_0_3isize != 56);
        let c10: i64 = 11;
        let c11: i64 = !c10;
        let c12 = 6 / c10;
    }
    println!("hi");
    f0(true);
    println!("ck = {}", ck);
}

fn f0(p0: bool) {
    let mut w1 = 0_i64;
    while w1 < 3 {
        w1 += 1;
        if 0x51usize == 6 {
            println!("ck {}res = {}", mul_u32(3_u32, 7), 9_);
            println!("q = {p0} tmp = {}, ck\',{}", -neg_i8(-0b10000000), (4150_2_u16 ^ 4889_0 | 32768) - (p0 as u16 & 32767));
            let mut v2 = true;
            let w1: u64 = rem_u64(94, 9_223372_0368_547_7_5808);
        }
    }
    for i3 in 0isize..=8 & 1 {
        let c4 = 4_6118_1_012607890399_0usize;
        let c5: usize = !c4;
        let c6 = !c4;
        let c7 = c6 / 3_usize;
        let v8: i32 = if p0 { 2147483647i32 as i32 >> (c7 & 31) } else { (0b11_1isize as i32 & 10737_41_82_3) - ((3 & 1073741823_) - (66_ & 1073741823) & 1073741823) };
        let c5: u8 = if 9i16 < 23319 { add_u8(72, 7_) } else { 0o203 | 213 };
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
