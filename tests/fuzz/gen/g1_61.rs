fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1() -> i32 {
    let mut v5: i32 = 0b1111111111111111111111111111;
    let mut v6: i64 = sub_i64(-5233102776626274451 << (0o5isize & 0x5isize & 63), !(0o40_00_0_0_0_0_000_0_000000000 >> (0x0u8 & 0x3F)));
    -0x10000_00_0
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 0b0usize as u8 as u64);
    ck = mix(ck, rem_u32(0xc15562a4_u32, 0b111111111) as u64);
    let v7: u8 = f0(0o7u8 as usize, div_i32(i32::MIN, -0o1172643671));
    ck = mix(ck, f0(0b0usize, 0o0i32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: usize, p1: i32) -> u8 {
    let mut v1: i32;
    let mut w2 = 0b0u32;
    let v3: u32 = loop {
        w2 += 1;
        if w2 >= 0b110 {
            break w2;
        }
        let mut p0: i32 = div_isize(6isize, 0o10) as i64 as i32;
        let w2 = !p0;
    };
    v1 = p1;
    v1 ^= (v1 & 0x3fffffff) + (v1 & 1073741823);
    let mut v4 = u64::MAX;
    add_u8(0x34i16 as u8, sub_u8(0, 0o2_) & rem_u8(0b1000, 4u8))
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
