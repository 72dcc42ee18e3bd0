fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, sub_isize(3isize, 7isize) as u64);
    let mut v1 = rem_isize((5i16 > 2) as isize, (-6 & 4611686018427387903) - (6 & 0o377777777777777777777)) as u16;
    println!("d,{} step: {ck}", div_u32(0o37777777776u32, 0o34407603474));
    ck = mix(ck, f0(4, -127i8) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u32, p1: i8) -> u32 {
    let p1 = p0 | 8;
    print!("q: {}, ck: {}\n", -114i8, -2147483648);
    u32::MIN
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
