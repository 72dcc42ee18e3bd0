fn f1(p0: bool, p1: i32, p2: i8, p3: isize) {
    let v4 = add_u32(u32::MIN, u32::MAX);
    let mut w5 = 0u16;
    let v6: i32 = loop {
        w5 += 1;
        if w5 >= 3u16 {
            break div_i32(p1, p1);
        }
        println!();
    };
    let v7 = v6 ^ 0b10u32 as i32;
    if !p0 {
        let v8: usize = 76usize;
        let v9 = 255_u8;
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: usize) -> usize {
    let v1: i64;
    if 0x100i16 != 0x8i16 {
        v1 = 0o1_i64 & 0b111111111111111111111111111111111111111111111111111111111111111i64 & 0o4i64 << (58594u16 & 63u16);
    } else {
        v1 = i64::MAX;
    }
    print!("ck|");
    let v2: u32 = 0o0_u32;
    let v3 = u8::MIN;
    sub_usize(10322448983521566618, 0)
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v10: u8 = (mul_u8(2_u32 as u8, 9_u8) & 0xf) * (-21706i16 as u8 & 15u8);
    ck = mix(ck, (8_i8 & -0b1110110i8) as u64);
    println!("d{{}} = {}n,{},", -0o7_62651022_073_627_0_534_30i64, 6_u16);
    v10 <<= 180874208i32 & 7i32;
    print!("y,{ck}|");
    ck = mix(ck, f0(2) as u64);
    println!("f0 = {}", ck);
    f1(false, 0x13, 4, 0b11001);
    println!("ck = {}", ck);
}
