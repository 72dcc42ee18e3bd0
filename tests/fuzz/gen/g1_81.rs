fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v18 = rem_u32(0b0usize as u32, div_u32(u32::MIN, 3)) as u64;
    let v19: bool = 0x5 != 0b11i32;
    let v18 = sub_i16(4_i16 >> (0x9549u16 & 0b1111) & 24745, -((-17570 & 0x7f) * (16384 & 0b1111111) | 1));
    ck = mix(ck, f0(400662732, 0x8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(false) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(-2) as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3(6) as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u32, p1: i64) -> usize {
    let mut w1 = 0u16;
    while w1 < 0x8u16 {
        w1 += 1;
        let mut v2: i32 = -(8 & 0b110100111011001110011101111100 | 1);
        let v3: usize = 0o61;
        let mut p0: u8 = 78;
    }
    let mut w4 = 0x0_i32;
    while w4 < 0x1 {
        w4 += 1;
        println!("it");
    }
    let v5: bool = true;
    let v6: usize = 0x18;
    println!("r");
    !(((v6 | 0o1000000000000000000000) - (v6 & 9223372036854775807)) / ((p1 as usize & 0x7) + 0x1))
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f3(p0: u32) -> bool {
    if p0 == 0 {
        return if 0b101i8 >= 0x2 { false } else { 27usize == 0o1000000000000000000000usize };
    }
    for i9 in 0u16..=(0x3FFF_FF_FFu32 < 16) as u16 & 15u16 {
        let mut v10: u32 = 0b1001111100110111100010110101110;
        v10 = (div_u32(v10, 0b10001011000100101011100101011111) & v10 % ((v10 & 0o7) + 0o1)) / ((6 & 0x7_u32) + 1);
        let v12 = ({ let t11 = i9; i9 }) as u64;
    }
    let v13: bool = 0o3u16 == 0o21344 || 0o10_u16 == 0x6598;
    for i14 in (i16::MAX - 0b1000)..i16::MAX {
        let v13 = { let t15 = -(7207988187026083335i64 | 0x1) ^ (0b110 & 0b11111111111111111111111111111111111111111111111111111111111111) + (-52_39352_335814676865 & 4611686018427387903); (-4096isize | 0x4C_isize) as u32 };
        let v16 = i14;
        if 0o10000i16 > i14 {
            continue;
        }
    }
    let v17 = f3(p0 - 1);
    (v13 || 15u32 <= u32::MAX) & false
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: bool) -> i32 {
    if p0 || true {
        return mul_i32(0o11, !0o1000000000);
    }
    if false {
        return -0x1_305a_885i32;
    }
    f0(67, 0x8_i64 as i64);
    ({ let t7 = 0o11_ % ((0x4d & 7) + 0o1); rem_u64(0b1_10, 0x8000000000000000) }) as i32
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f2(p0: i64) -> u32 {
    let mut v8 = div_u16(0x0 & 32768, 1u16 << (p0 & 0b1111));
    v8 %= (32768 % ((v8 & 0x7) + 1) & 7) + 0o1;
    println!("d {}step = {v8} z {{ok}} = {}", (0x1000000000000000usize ^ usize::MIN) / ((9usize & 7) + 1), 0x6usize as i64);
    mul_u32(0x59 << (536870911u32 & 0x1F), 0u32 >> (1u64 & 31)) / ((23 & 7) + 1)
}
