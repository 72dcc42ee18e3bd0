fn f0(p0: u32, p1: bool, p2: u8, p3: i32) -> u32 {
    let mut v1: u8 = p2;
    let v2 = 1u64;
    u32::MAX
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: usize, p1: u8, p2: i64) -> u32 {
    if p0 == 0 {
        return (div_u32(81, 9u32) & 65535) * (sub_u32(1991410480, 2381285119) & 65535);
    }
    let p2 = (p2 | 8844857575201778809) * (p2 * p2);
    let v3 = f1(p0 - 1, u8::MIN, rem_i64(p2, -68719476736));
    v3
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    if 0b10111100011011u16 < 0x3 {
        {
            let mut v4 = div_usize(div_usize(55, 5988456469175758858usize), 0o6 >> (93i8 & 63i8));
            let mut v4 = 13_u64;
            let ck: i8 = 34i8;
        }
        ck = mix(ck, 15usize as usize as u64);
        print!("tmp: {:3X}sum é: {:#X}, n{{ {} q,{ck} ", 6usize, 2i64, 5u8);
    }
    print!("z {} ck {:09.6}x,{:010?}, ck = {},|", add_u64(73u64 ^ ck, ck), -2700724770092122108isize < 0x9isize && 32767i16 == 0x5350, ({ let t5 = 93u16; ck }) >> mul_u16(u16::MIN, 0u16), 0x3u32 as u32);
    let v6: u8 = (0o1034351723064776425047usize % ((99 & 7) + 1)) as u8;
    if 6u16 % ((11183 & 7u16) + 1) > 61455 {
        let mut v7 = -((9 & 1073741823) + (65535i32 & 1073741823) | 0b1);
        let mut v8 = true as usize == mul_usize(7, 9223372036854775807);
    } else {
        ck = mix(ck, 0_isize as u64);
    }
    ck = mix(ck, f0(0o7, false, 1, 7i32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0, 0o0u8, 1) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}
