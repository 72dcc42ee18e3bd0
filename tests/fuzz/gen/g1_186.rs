fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: isize, p1: bool) -> i64 {
    let mut v1: i16 = 0b111011i64 as i16;
    let v2 = 0o1usize;
    v1 = 0x2 % ((4 & 7_i16) + 1i16);
    v1 = add_i16(v1, v1);
    div_i64((93i16 as i64 & 0b11111111111111111111111111111111111111111111111111111111111111i64) - (0x40977aa58e9d8df8 & 4611686018427387903), i64::MAX)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, rem_u64(ck, 0u64) as u64);
    let v3: u64 = u64::MAX;
    let mut w4 = 0o0i32;
    while w4 < 0b101 {
        w4 += 1;
        if -32i16 | 0o400i16 > 25963i16 as i16 {
            let mut v5 = (-1881464402868766155i64 & 4611686018427387903) - (9 & 4611686018427387903i64);
        }
        ck = mix(ck, (!false || -26778_i16 == 1_i16) as u64);
        let mut w6 = 0x0i64;
        while 0o5 > w6 {
            w6 += 1;
            let v7 = (16777215u64 & 0b11111111111111111111111111111111u64) * (ck & 4294967295);
        }
    }
    println!("q");
    ck = mix(ck, f0(0b11111111111111111111111111111111111111111111111isize, false) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
