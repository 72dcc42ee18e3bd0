fn f0() -> bool {
    let mut v1 = true;
    println!();
    if v1 {
        let v2: usize = 7_;
    }
    if v1 || v1 {
        if true != v1 {
            let mut v1: u16 = 0x4d;
        }
    }
    v1
}

fn main() {
    let mut ck: u64 = 0;
    if 4i16 == i16::MAX && 93_i16 == 91 {
        return;
    }
    let v3: i64 = 4 << (2_5_6i16 & 6_3);
    println!("lo{{}},{}", 229_u8);
    ck = mix(ck, (f0() && f0()) as u32 as u64);
    let v4 = i32::MIN as i32;
    let v5: u32 = 524288;
    let v6: u8 = 9;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
