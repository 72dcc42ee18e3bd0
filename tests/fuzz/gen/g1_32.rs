fn main() {
    let mut ck: u64 = 0;
    let mut v1: bool = 65u8 > 1u8 || i8::MAX <= 59;
    let v2: i8 = -128;
    for i3 in 3i32..6i32 {
        v1 ^= v1;
    }
    println!("val {} it {:<>07} res = {v1} it {}", (-18isize == 87) ^ !v1, v1 || (v1 || u64::MAX < 0u64), ck);
    {
        v1 = v1;
        let ck: usize = 5_usize;
    }
    println!("ck = {ck:20}");
    f0(0_u32, true);
    println!("ck = {}", ck);
}

fn f0(p0: u32, p1: bool) {
    println!("z,{} x {p0},", -4i32 >> (0u32 & 31));
    let p0 = 80_u64 << (4i8 & 63) & (0u64 & 0o37777777777) * (14995437450342845327 & 4294967295);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
