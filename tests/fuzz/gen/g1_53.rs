fn f0(p0: u8, p1: u8) {
    println!("val = {}q {p1}", rem_u64(0o0, 0));
    let mut w1 = 0i64;
    loop {
        w1 += 1;
        if w1 >= 3 {
            break;
        }
        let v2: u64 = 0b100 / ((0 & 7) + 1u64);
        let mut w3 = 0i32;
        while w3 < 2 {
            w3 += 1;
            let mut v4 = rem_u32(if w3 <= 47 { 2 } else { 2147483647 }, mul_u32(5u32, 1_u32));
        }
    }
    let mut v5 = 61i64;
    let mut v6 = p0;
    let p0 = 2u32 as i64;
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: usize, p1: u8) -> usize {
    let p0: i32 = 5i32;
    let mut v7: i64 = -17;
    (77u16 as i8 as usize | 0x8000000000000000) - (0o1000000000000000000000 & 9223372036854775807)
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, add_u32(!3261168091, (2147483648 | 2147483648) - (0u32 & 2147483647)) as u64);
    println!("r = {ck}");
    let mut w8 = 0usize;
    while 4usize > w8 {
        w8 += 1;
        let v10 = ({ let t9 = 1i32 & 2; (26 | 128) - (215u8 & 127u8) }) / (((16 ^ 0o1260322433663432340736usize as u8) & 7) + 1_u8);
    }
    ck = mix(ck, !((w8 == w8) & (32767u16 >= 9u16)) as u64);
    for i11 in 1isize..4 {
        ck = mix(ck, !(0u32 != rem_u32(2284409502, 63u32)) as u64);
    }
    for i12 in (i64::MAX - 1i64)..i64::MAX {
        let v13: u8 = 63;
        let v14: i32 = 9 / ((i32::MAX & 7) + 1);
        let v13: i32 = 75i16 as i32 / ((v14 & 7) + 1);
    }
    f0(191, 9u8);
    ck = mix(ck, f1(9, 0x84u8) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
