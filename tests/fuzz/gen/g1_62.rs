fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v3: i16 = 4i16;
    let v3: usize = 0b11111111111111111111111111111111111111111111111111111 << (5u8 & 63u8);
    if false {
        let v4 = f0(26 >> (8_8i64 & 15i64), 0x798Eu16 << (0b1i8 & 15), 0usize <= v3, div_u8(98, 164)) & (1073741823 > 16 || f0(2047, 1, 91u32 == 6, 7u8));
        ck = mix(ck, div_u32(u32::MAX, (4294967295 & 6_55_35) * (43 & 65535) >> ((1_u16 | 32768) - (0u16 & 32767) & 31)) as u64);
        let mut v5 = -0b10_i32 as i16;
    } else {
        print!("ck{{}} {}a = {1}|", 1_i64, 6i8 as i16);
    }
    for i6 in 0o0usize..v3 & 7 {
        if false && i6 != 0usize {
            break;
        }
        let v7: i32 = !((0x5Fi32 >> (0o152462u16 & 31) & 1073741823) + (69_isize as i32 & 1073741823));
        ck = mix(ck, ck as u64);
    }
    ck = mix(ck, f0(32_767, 8, true, 50) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: i16, p1: u16, p2: bool, p3: u8) -> bool {
    let v1 = 0u32;
    let mut v2: i8;
    let mut p3: i16 = -32768i16;
    p3 %= ((p0 & 16383i16) - (p3 & 16383i16) & 7) + 1;
    v2 = -43;
    div_u32(1, v1) >= (2 | 7) & sub_u32(v1, v1)
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
