fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("r {ck}");
    ck = mix(ck, 0o113061_u16 as u64);
    if !(1_u64 < ck) {
        let v4: i32 = rem_i32(-0x4ei8 as i32, 0o3_i32);
    }
    ck = mix(ck, (91i16 == -23711i16 && ck != ck) as u64);
    ck = mix(ck, f0(0o4000000000, 0b111) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u64, p1: i64) -> u64 {
    let mut v1 = p0;
    let mut v1: u8 = if 5_4918110_32101_024_73_4u64 >= p0 { 0x4 | 0x9u8 } else { add_u8(u8::MIN, 0o7u8) };
    let v2: u64 = p0 % ((u64::MIN & 7) + 0o1u64);
    println!("it");
    let v3: i8 = 0x48;
    div_u64(0x7fffffffffffffff_u64, 0) * p0
}
