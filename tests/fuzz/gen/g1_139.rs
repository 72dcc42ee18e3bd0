fn f0(p0: i32, p1: u64) -> i16 {
    let mut v1 = p0 / p0;
    println!("step {v1}a{{}} {}", (neg_i64(20i64) & 2147483647) * (p0 as i64 & 2147483647));
    if true && 149u8 < 0x2_ {
        return i16::MIN;
    }
    let v2 = 3245897012u32 != 3271516031;
    let c3: u32 = 616631808;
    let c4 = c3 >> 17usize;
    let c5: u32 = c4 | 6;
    sub_i16(p1 as i16, { let t6 = 3i8; 16383 / ((0 & 7i16) + 1) })
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v9;
    v9 = (2_048__u16 as i32) << (9223372036854775807i64 as u64 & 31);
    let c10 = 15i32;
    let c11 = c10 / c10;
    let c12: i32 = -c10;
    f1(div_i16(5, -32768), 0u8 as u32);
    println!("res = {}, a = {} d,{c10}", 2_usize / ((90 & 7usize) + 1), true);
    ck = mix(ck, add_u32(sub_u32(sub_u32(4, 8), (1 & 65535) * (4194303u32 & 65535)), 0 & 2 | 9) as u64);
    ck = mix(ck, !(0b1i16 == 0o131) as i64 as u64);
    let c10 = 463230424i32;
    ck = mix(ck, f0(0o6, 2) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0, 131071u32) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: i16, p1: u32) -> i32 {
    let c7 = 0x0_i32;
    let c8 = c7 - c7;
    f0(536870911, 26 >> (65155u16 & 63));
    neg_i32(rem_i32((p0 != p0) as i32, if true { 60 } else { c7 }))
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}
