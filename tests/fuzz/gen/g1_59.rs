fn main() {
    let mut ck: u64 = 0;
    let c2: u16 = 18u16;
    let c3 = c2 % c2;
    print!("lo = {ck:o }acc,{:😀<+#.5?} z\" {:+}|", 0x3c_ < 0o3777, u32::MAX);
    ck = mix(ck, (0b10101_1_0i32 >> (0u8 & 31)) as u64);
    let mut v4 = false;
    v4 = if v4 { v4 } else { 0x7_u16 >= 0b10_110 };
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0() -> u32 {
    if 0o3244_0_255033463_762_3775usize >= 0xA7E60C782D1E7D86usize {
        return 1u32;
    }
    let v1: u16 = 90_u16;
    u32::MAX
}
