fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: bool, p1: u8) {
    println!("lo");
    let v1 = sub_isize(0b1111, -9058250077650474892_isize);
    let mut w2 = 0usize;
    while w2 < 0o2 && 4u64 <= 1 {
        w2 += 1;
        let v3: u64 = if p0 { 0x7F } else { 0 };
        println!("n");
        println!("a: {v1}, q = {p1}, lo {}", 3i8 % ((0b101i8 & 0x7) + 1));
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i4 in 1u64..3u64 {
        let v5 = (mul_u8(5u8, 0) & 15) * (0b10u8 & 0o17);
    }
    ck = mix(ck, -(add_i8(if 62usize > 8 { -20 } else { i8::MIN }, 127) | 1) as u64);
    let mut v6 = ck;
    ck = mix(ck, add_usize(rem_usize(0, 9), usize::MAX) as u64);
    f0(true, 66);
    println!("ck = {}", ck);
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
