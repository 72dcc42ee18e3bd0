fn main() {
    let mut ck: u64 = 0;
    let mut w5 = 0_u8;
    while w5 < 3 {
        w5 += 1;
        let mut v6: u8 = w5;
    }
    println!("b}},{} ck,{ck} x = {w5}", 7u64);
    let mut v7 = 0o7_u32 % ((4194304 & 7) + 1);
    println!("a");
    ck = mix(ck, f0(false, 9007986502452560154u64, 2i32) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: bool, p1: u64, p2: i32) -> usize {
    for i1 in -1..3_isize {
        let mut w2 = 0usize;
        loop {
            w2 += 1;
            if w2 >= 5 {
                break;
            }
            let v3: i64 = div_i64((-4238249732810985216i64 | 1023) << ((-128_i8 & 63) - (126 & 63i8) & 63), 4611686018427387904 >> (7_usize & 63usize) & 35i64 % ((6821694620267809922 & 7) + 1));
            if u8::MIN < u8::MAX {
                break;
            }
        }
    }
    if p1 == p1 {
        return p1 as u64 as usize;
    }
    let mut v4 = p0;
    42i64 as usize
}
