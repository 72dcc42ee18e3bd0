fn f0(p0: u16, p1: i64) -> i64 {
    if false {
        println!("lo = {} b,{p0}k {}", 0b10i64, 501516349);
        let mut v1: i8 = div_i8(-0x7f, 64i8) ^ 0xbb1fab3a_u32 as i8;
        v1 |= (v1 & 7i8) * (i8::MAX & 0o7i8);
    }
    let mut v2: u32 = !0x8000000u32;
    let mut w3 = 0o0u16;
    let v4: i64 = loop {
        w3 += 1;
        if w3 >= 1u16 {
            break sub_i64(p1, p1);
        }
        let v5 = rem_u8(1, 0xb | u8::MIN);
        v2 ^= rem_u32(if 85i16 <= -0x2000i16 { v2 } else { 0x7 }, div_u32(0b0, 0x3u32));
    };
    v2 = isize::MIN as u32 % ((v2 & 0b111) + 0b1);
    let mut w6 = 0b0_i64;
    while w6 < 5 && (false && 9i8 <= 0b101) {
        w6 += 1;
        v2 >>= (if true { 0xFu32 } else { 0x9_u32 }) & 0x1fu32;
    }
    w6
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((1824071028u32 & 0b1111111111111111u32) * (0b11 & 65535)) as u64);
    if 511u32 < 0x44 {
        println!("hi {ck:#b } d {} b,{}tmp{{}} = {1}", rem_u8((u8::MIN | 0x80) - (0 & 0o177), 0o144u8 << (9u8 & 0b111)), 4u32);
    } else {
        f0(0o0_u16, -0b111111111111111111111111111111111111111111111111111111111111111i64 / ((0x63 & 7i64) + 1));
        println!("out");
        let v7 = (4294967296 | 0b1000000000000000000000000000000000000000000000000000000000000000_usize) - (4114219774854218061 & 9223372036854775807usize) | 3_i16 as usize;
    }
    println!("ck,{ck }");
    ck = mix(ck, ({ let t8 = 0xAEF80EB4u32; 4usize }) as u64);
    let v10: u8 = { let t9 = 18446744073709551615u64; 63 };
    ck = mix(ck, f0(3u16, 4095) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
