fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: u64, p1: i32, p2: u64) -> u64 {
    if p0 == 0 {
        return p0 / ((14749589094419462440 & 7u64) + 1u64) ^ p0 >> (0b111isize & 63);
    }
    let v1: u8 = u8::MAX;
    let c2: u32 = 18;
    let c3 = c2 & 8u32;
    let c4 = c3 >> 13i32;
    let c5 = c2 >> 22;
    let c6 = -7i32;
    let c7 = !c6;
    let c8 = c6 << 5;
    let v9 = f0(p0 - 1, c6 | 1073741824i32, p2);
    u64::MAX
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((div_i32(-1048576i32, 16i32) & 1073741823i32) - (4i32 >> (ck & 31u64) & 1073741823i32)) as usize as u64);
    ck = mix(ck, ck as u64);
    {
        f0(ck & 0xffffffffffff & 15, 4095 % ((5_i32 & 7) + 1), 0u64);
        let ck: u8 = add_u8(true as u8, 151 << (4isize & 7isize));
    }
    ck = mix(ck, f0(0, 0x4, 0x4__u64) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
