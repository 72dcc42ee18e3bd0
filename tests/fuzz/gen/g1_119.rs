fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: i8, p1: isize, p2: i16) -> u32 {
    let mut p0: bool = 0b1000000110111000100110110111111110100111110110011100001000101111u64 >> (214_748364_7u32 & 0o77) >> ((if false { 0x4bu32 } else { 4294967294 }) & 63u32) > mul_u64(add_u64(16952931600033108274u64, 6u64), p0 as u64);
    let mut v1 = ((524287 | 9223372036854775808) - (5 % ((0o70usize & 7) + 1) & 0o777777777777777777777) & 0xF_F_FFFF_FF) * (usize::MAX << ((if p0 { -68719476736_i64 } else { 9223372036854775807 }) & 0o77_) & 4294967295);
    let v2 = add_u32(30_2040065_4 % ((7u32 & 0x7) + 0x1), 0o2) & ((0x0 & 65535) * (u32::MAX & 65535) | 0b10000000000000000000000000000000) - (2346587_1_38_ & 0x7FFFFFFF);
    if p0 {
        v1 ^= 16_7_77215u64 as usize;
        let mut v3: i64 = 1152921504606846975;
        println!("hi{{}} {}, y = {}, hi = {}", v3, p0, p0);
    } else {
        let v4: usize = div_usize(v1, v1) >> ((v1 & 4294967295) * ((7usize & 0b11111111111111111111111111111111) * (v1 & 4294967295) & 4294967295) & 63);
        v1 >>= -(0x36_i8 | 0o1i8) & 0x3f;
        println!("d");
    }
    p2 as u32 | v2
}

fn main() {
    let mut ck: u64 = 0;
    let mut w5 = 0u16;
    while 0b101 > w5 {
        w5 += 1;
        let v6: u16;
        if 0x2 < 39_i32 || 0b110101usize <= 1 {
            v6 = 38;
        } else {
            v6 = w5;
        }
    }
    ck = mix(ck, ((288230376151711743_isize & 2147483647) * (-7_ & 21_47_483647)) as u64);
    let mut w7 = 0x0_u16;
    while w7 < 1 {
        w7 += 1;
        let v8: usize = 1_8446744_0_737095516_15;
        ck = mix(ck, ({ let t9 = 5_i64; -8388608isize }) as u64);
    }
    let mut w10 = 0i64;
    while w10 < 6 {
        w10 += 1;
        println!("lo: {} step = {}", rem_i8(i8::MIN & 0o2, 0 & 64), -6089352534078956410isize);
        let v11: i64 = 2305843009213693951;
        ck = mix(ck, false as usize as u64);
    }
    if -4194304 < 0o2_i32 {
        println!("b = {ck} lo{{ = {}, out,{}", w7 as i32, 720575_940_37_927_935isize as usize);
        let v12 = sub_usize(70, usize::MIN);
        let v12: bool = 126i8 <= 6 && false;
    } else {
        let v13: bool = true;
        let v14: i32 = 0o2;
        let v13 = mul_u32(sub_u32(16383_, u32::MAX), sub_u32(2498583640, 0));
    }
    ck = mix(ck, f0(2_4, -10836401087_3_0494276, -16220) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
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
