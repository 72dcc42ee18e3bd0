fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    f0(0o45u32 / ((0x7fffffffu32 & 0b111) + 1) & 15, 0x4 % ((u16::MIN & 7) + 0x1));
    ck = mix(ck, (8192u16 >= u16::MIN && false) as u64);
    let mut v3: i32 = i32::MIN;
    v3 = true as i32;
    ck = mix(ck, f0(0b1010u32, 5u16) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u32, p1: u16) -> u64 {
    if p0 == 0 {
        return mul_u64(0x2u64 / ((u64::MIN & 0b111) + 0b1u64), rem_u64(0xc75ef52a14362ce4u64, 0b1));
    }
    let mut v1 = u64::MIN;
    let v2 = f0(p0 - 1, p1);
    mul_u64(v1, (2305843009213693951 ^ v2) / ((0x7usize as u64 & 0o7) + 0x1u64))
}
