fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let mut w5 = 0o0_i32;
    loop {
        w5 += 1;
        if w5 >= 0b100_i32 {
            break;
        }
        let v6: u64 = (9u64 | ck) << (1_isize as isize & 0x3f);
        println!("hi {} hi\' = {} ck: {} acc = {}", 0x78_7D_43237_71_82_7_E8i64, v6, 92_233720_36854_7_7_580_7_isize != -0x8, 234u8 / ((0x3 & 7) + 1));
        let v6 = w5;
    }
    let v7 = (0o6505_7i16 & 127) * ((if -0b1000i8 >= 0x76 { 0x9 } else { 0 }) >> (0x4isize & 8 & 15) & 0x7f);
    println!("y");
    let v8 = 0x8u8;
    ck = mix(ck, f0(8, 0o16652062705, 0o0) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u16, p1: i32, p2: u32) -> u32 {
    let v1: u64;
    if 0b100u8 < 93 {
        v1 = 0x55_;
    } else {
        v1 = 0b110011110010011010111101010000000001101010000010100110011001100u64;
    }
    let v2 = false && 33554431isize < 0o3;
    let mut w3 = 0b0i64;
    while w3 < 4 {
        w3 += 1;
        let mut v4 = (p0 % ((p0 & 0x7u16) + 0o1) & 32767) + (!(528_64 << (v1 & 15)) & 0x7FFFu16);
    }
    p2
}
