fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: bool, p1: i64) -> bool {
    println!("sum");
    println!("lo{{}}");
    let mut v1 = 1 / ((sub_u64(21, 4294967296) & 7_u64) + 1);
    p0
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: i32, p1: i64, p2: i64) -> u32 {
    let mut p1: i32 = p0;
    p1 <<= 3623711141u32 & 31;
    let v2 = 7_u8 as usize;
    if mul_u32(0b11, 9) == rem_u32(0, 6) {
        f0(0b11011u16 != 0b111000001011011 && true, p2 / ((p2 & 7i64) + 0o1));
    }
    p1 = add_i32(p1, p1);
    div_u64(34, 17060343402640793521) as u32 ^ div_u32(0x4B_usize as u32, u32::MIN)
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (7usize < 4 || 81 != 92i32) as u64);
    for i3 in 0_u64..=2 {
        ck = mix(ck, 6i16 as i32 as u64);
        if !(0_u8 <= 0) {
            continue;
        }
    }
    ck = mix(ck, (ck & ck) as u64);
    println!("sum = {} sum,{ck}", 0x2bisize);
    println!("d = {},", 3usize != usize::MAX);
    let v5 = ({ let t4 = 0u16 << (6u8 & 15); 19usize ^ 0b1000000 }) as i32;
    println!("z = {ck} z = {}", 0x3Fi8);
    ck = mix(ck, f0(false, 1099511627775) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(-240355216, 0o75, 4i64) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
