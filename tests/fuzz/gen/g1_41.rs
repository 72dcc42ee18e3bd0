fn f0() -> u32 {
    if false {
        let v1: i64 = (0b100usize == 4) as i64;
        let mut v2 = -17isize as u8 as i64;
        let v3: bool = false;
    } else {
        println!("d");
    }
    if 64u32 != 2 {
        return (0b111 & 1 | 2147483648) - (sub_u32(0o6715136572u32, 9) & 2147483647);
    }
    println!("q: {0}, it {}hi = {} val {}", 0usize, 3998_7_01_539949_81542_0u64, u64::MIN);
    let mut w4 = 0_i64;
    loop {
        w4 += 1;
        if w4 >= 3 {
            break;
        }
        let v5: u8;
        if true & (-2147483647 > -65536i32) {
            v5 = 25_5;
        } else {
            v5 = 255;
        }
        let mut v6 = false;
        let v5: u16 = 8;
    }
    for i7 in 3i8..=7 {
        if 5u16 > 0o177777 {
            break;
        }
        let v8: u8 = (67 & 127) + (35 & 127) << ((if true { 5u16 } else { 1 }) & 7u16);
    }
    1374182108 >> (sub_usize(usize::MAX, 0usize) & 31) << (({ let t9 = -731746741 ^ 32; w4 }) & 0x1f)
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
    ck = mix(ck, ({ let t10 = 66u64; 3usize % (((18446744073709551615 ^ 0usize) & 7_) + 1) }) as u64);
    let mut v11 = (-0b1001isize == 5_isize || 7i16 >= 16384) && (9223372036854775806i64 > 68719476736i64 && 0u16 == 2);
    let mut v12: u8 = u8::MIN;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
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
