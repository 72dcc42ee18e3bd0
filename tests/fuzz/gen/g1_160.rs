fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f2(p0: u32, p1: u32, p2: i64) -> u16 {
    if ({ let t4 = 69isize; 0usize }) > 0o4 >> (0b110isize & 0x3f) {
        if false {
            return 0x3Eu16 ^ (0xF6D9u16 | 3);
        }
        let v5 = f0(6, 0x217Au16 as u64, (0o137 & 0x7F) + (u8::MIN & 0x7f), sub_isize(0o400000000000000, -0x4));
    } else {
        println!("z {} a,{}", add_i32(0x5ci32, 3), p1);
    }
    f1(div_isize(0o4, 0b0), 3 ^ 1);
    (0b1u16 | 0x8000) - (rem_u16(1u16, 0x8u16) & 0x7FFF) | add_u16(52u16 & 4, 0x10u16 % ((u16::MAX & 7u16) + 1))
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (-0x5isize >> (5i8 & 63_i8)) as u64);
    let mut w6 = 0u16;
    while w6 < 0x6u16 {
        w6 += 1;
        f0((ck == 0xffffffffffffffff) as i32, ck % ((ck & 0x7u64) + 1), 0x80 & 0u8, 8 << (1i32 & 0x3F));
    }
    let v7: u32 = 268435456 >> (0x8au8 & 0b11111);
    let v7: usize = (8 >> (ck & 63u64)) % ((0o1701133302616760523412 & 0x7) + 1);
    f1(ck as isize, sub_u8(5, 0o20u8));
    ck = mix(ck, (w6 | w6) as u64);
    ck = mix(ck, (ck << (0u8 & 0 & 0x3Fu8)) as u64);
    ck = mix(ck, f0(33554432i32, 0x3, 0xfe, 0x3f) as u64);
    println!("f0 = {}", ck);
    f1(-3792278948719415064isize, 0b1);
    ck = mix(ck, f2(0o40, 95u32, -9223372036854775807) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1(p0: isize, p1: u8) {
    let v2: i64 = 0x2 ^ -1257019821475838320;
    let mut v3: i8 = 44i8;
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i32, p1: u64, p2: u8, p3: isize) -> u64 {
    let mut v1: isize = 6983808821976565651 & p3;
    v1 = p3;
    v1 ^= (p1 as isize & 0x3fffffffffffffffisize) - (v1 & 4611686018427387903);
    p1
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
