fn main() {
    let mut ck: u64 = 0;
    println!("a");
    let v2 = mul_u64(8, ck);
    println!();
    ck = mix(ck, f0(8, 4, 5, 0) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: i32, p1: u64, p2: u8, p3: isize) -> bool {
    if p0 == 0 {
        return false;
    }
    if 4i64 <= 2 || -1024_i16 < 16384i16 {
        let p3: u32 = 0xe;
    }
    let v1 = f0(p0 - 1, p1, (p2 & 15) * (p2 & 15_), 6i32 as isize);
    v1 || 0i64 < sub_i64(69_, 7)
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
