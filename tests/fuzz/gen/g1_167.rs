fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((25i8 & 7) * (-4i8 & 7i8)) as i8 as u64);
    let v4 = ((4_u16 & 32767_u16) + (43982u16 & 32767_u16)) as u64;
    f0(3530190850097910447u64 > ck || false, 2 % ((0b1000011 & 7) + 1i64));
    ck = mix(ck, f0(true, 7i64) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: bool, p1: i64) -> i32 {
    let v1: i64 = p1;
    let v2 = (0b100000001111010 & 25_5u16) * (mul_u16(u16::MAX, 12775) & 255u16);
    i32::MAX >> ((mul_usize(3usize, usize::MIN) | 9223372036854775808usize) - (({ let t3 = 3u32; 7 }) & 9223372036854775807_usize) & 31)
}
