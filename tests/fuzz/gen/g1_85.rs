fn f0(p0: u32) -> usize {
    if p0 == 0 {
        return !(usize::MAX | 0b11010);
    }
    let mut v1: usize = 0x6;
    let v2 = f0(p0 - 1);
    if (2626i16 as isize) <= 0x8 { v2 } else { ((511i16 & 0o37777) + (0b111111111111111 & 0x3fff)) as usize }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, i64::MAX as u64);
    ck = mix(ck, ((-0x4be66d8ci32 | 0o7) / ((ck as i32 & 7) + 1i32)) as u64);
    for i3 in 2..0x7u16 {
        let v4: usize = f0(0o10u32 & 0xf);
    }
    let c5 = 5usize;
    let c6 = c5 * 6;
    let c7 = c6 * 0x6;
    let c8 = c5 * c6;
    ck = mix(ck, f0(7) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
