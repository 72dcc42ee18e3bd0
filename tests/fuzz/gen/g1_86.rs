fn f1(p0: i32, p1: i32) -> i64 {
    if p0 == 0 {
        return 9;
    }
    for i2 in 2u64..4_u64 {
        let p1: usize = (mul_usize(7, 11559232708839281185usize) & 9223372036854775807) + (4 & 0x7fffffffffffffffusize) & 18446744073709551614;
        let mut v3: bool = !true;
        v3 ^= 980451049i32 < -268435456;
    }
    let v4: bool = 7i8 < 64 << (4194303isize & 7isize) & (i8::MIN & 7) * (i8::MIN & 7i8);
    let v5 = f1(p0 - 1, if 49u8 > 0x7F { p1 } else { p1 });
    -(8i64 | 1i64)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    println!("n = {}", 2 == 43);
    ck = mix(ck, (127_i8 % ((4i8 & 7) + 1)) as u64);
    println!("b: {ck}val {ck} k = {ck}, x,{ck}");
    ck = mix(ck, (u8::MIN & mul_u8(if 56u16 < 0 { 22 } else { 241 }, !0x0)) as u64);
    let mut w6 = 0b0u8;
    loop {
        w6 += 1;
        if w6 >= 4 {
            break;
        }
        ck = mix(ck, (0o2usize & 9usize) as u64);
        for i7 in 2u16..=4u16 {
            let v8: isize = 8;
            println!("r: {} tmp,{}sum\" = {w6} a = {},", w6, -32i8, true);
        }
        {
            let v9 = rem_u16((4 & 32767) + (0o61 & 32767) ^ (32768 | 32768_u16) - (59u16 & 32767u16), 15651u16 | (if -18014398509481984isize < isize::MAX { 32767_u16 } else { 6 }));
            ck = mix(ck, (-99i8 / ((3 & 7) + 1) != 1 / ((-128 & 7) + 1)) as u64);
            let w6 = 11314011677194506406usize | 0b0usize;
        }
    }
    {
        f1(0x8i32 & 15i32, { let t10 = 7i16; i32::MIN });
        let ck: bool = false;
    }
    ck = mix(ck, (35848u16 > 84) as u64);
    ck = mix(ck, ((9usize | 9223372036854775808) - (0usize & 9223372036854775807)) as u64);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(3i32, 56) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0() -> u32 {
    println!("ck");
    println!("d {0}", 0x0u16);
    let v1: bool = 1u16 >= 27919;
    sub_u32(0, 1u8 as usize as u32)
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
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
