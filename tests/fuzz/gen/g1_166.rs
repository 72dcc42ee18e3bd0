fn f0(p0: u16, p1: u64, p2: u16, p3: bool) {
    let mut p2 = mul_u64(p1, p1);
    println!("tmp{{}}");
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w1 = 0x0u16;
    while 0b10u16 > w1 && 0u16 > 31991u16 {
        w1 += 1;
        let mut v2 = false;
        f0(w1, div_u64(ck, ck), w1 / ((0b1000011011111 & 0o7u16) + 0b1u16), !(27i64 == -6492319516773294735));
        let mut v3 = (if true { 25555821410443122isize } else { 8isize & 5isize }) <= neg_isize(isize::MAX);
    }
    let mut w4 = 0u8;
    while w4 < 1 {
        w4 += 1;
        for i5 in 0__isize..255isize & 0o7_isize {
            let v6 = w4;
            let mut v7: bool = i5 < 0;
        }
    }
    for i8 in 0u16..w1 % ((w1 & 0x7u16) + 1u16) & 1_u16 {
        println!("acc");
        f0(w4 as u16, 8_673408_234_6_20_192_2_92_u64 ^ ck, i8, 2i8 >= 9i8);
    }
    f0(5u16, 0b0, 79, true);
    println!("ck = {}", ck);
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}
