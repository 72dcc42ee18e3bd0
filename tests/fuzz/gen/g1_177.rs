fn f0(p0: u8) -> i16 {
    if 95u64 <= 8u64 {
        let v1: u8 = p0;
        let v2 = 0i32;
        println!("z");
    }
    for i3 in 0b0u64..(0b100 | 9223372036854775808_) - (144115188075855871_ & 9223372036854775807) & 15_u64 {
        println!();
    }
    (!9_i16 | 67108863u32 as i16) as i16
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u32(a: u32, b: u32) -> u32 {
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

fn main() {
    let mut ck: u64 = 0;
    println!("x: {},", ck);
    let mut w11 = 0u8;
    while w11 < 2 && !false {
        w11 += 1;
        let mut v12 = 45 ^ -40_7661_9_8_71_7_55_73145_6isize;
    }
    ck = mix(ck, 73i64 as u64);
    let mut v13: u32 = if !(4095_isize < 2_6_isize) { (-1125899906842624isize | -9223372036854775807) as u32 } else { div_u32(sub_u32(0x0, 0b111), sub_u32(5, 1)) };
    let v13: u8 = w11 ^ w11;
    ck = mix(ck, f0(1) as u64);
    println!("f0 = {}", ck);
    f1(true, 0x2);
    println!("ck = {}", ck);
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: bool, p1: i32) {
    if !(i16::MIN != 0o10) {
        let v4: usize = div_usize(0o4, 0b1100usize) >> ((84usize ^ usize::MAX) & 0o77);
        let v5: i64 = 2;
    } else {
        println!("b: {} val = {}", 4__i32 as i32 as usize, { let t6 = (81isize & 21_47483647isize) * (-17592186044416 & 2147483647); 7421452253532214054_i64 });
        let v7: u8 = p1 as u32 as u8;
    }
    let v8 = 0x1f_i64 as i32;
    let mut v9 = 52;
    let p1 = 4677u16;
    let mut v10: i64 = (0x4000000000000000_ & 2147483647i64) * (-2936_031_83_056_24198_7 & 2147483647);
}
