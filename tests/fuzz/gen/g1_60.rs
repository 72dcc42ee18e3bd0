fn f0(p0: i64, p1: isize, p2: usize) -> u64 {
    let mut w1 = 0i64;
    while w1 < 6i64 {
        w1 += 1;
        if div_usize(p2, 35184372088831) < (p2 & 4294967295) * (p2 & 4294967295) {
            let mut v2: i64 = w1 % (((p0 | p0) & 7) + 1i64);
        } else {
            let v3: i16 = 7;
            let v4 = p2;
        }
    }
    let mut v5 = if 22609i16 >= 34 { 3 } else { p2 };
    p1 as u64 as u64
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: u32) {
    let mut v6 = 9069893653735936635isize;
    println!("ck {},", 13096490945569772937_u64);
    let v8 = ({ let t7 = 151u8 & 0u8; 63 | i8::MAX }) | sub_i8((24 & 0x3f) - (0 & 63i8), -5 >> (0_u32 & 7u32));
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 8i32 as u64);
    let mut v9 = (4294967295i64 == 3) != (8i8 < -108i8);
    v9 ^= !true;
    ck = mix(ck, (9u32 <= (7_ & 65535u32) * (5u32 & 65535) || true) as u64);
    let mut v10 = 0o1736463215165505661204_usize;
    ck = mix(ck, f0(74i64, 3, 83) as u64);
    println!("f0 = {}", ck);
    f1(4294967294);
    println!("ck = {}", ck);
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}
