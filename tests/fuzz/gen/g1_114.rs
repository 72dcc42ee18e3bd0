fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: u64, p1: i64) -> usize {
    if p0 == 0 {
        return add_usize(0x0 & 0x63f49cc1ea71047c, 0o0 >> (0o5u16 & 63u16));
    }
    let mut v1 = (0i32 & 0o77777i32) * (-0x2000 & 32767i32) >> rem_u8(128u8, 235u8);
    let v2 = f0(p0 - 1, p1 & p1);
    add_usize(v2, (v2 ^ v2) / ((({ let t3 = v2; t3 }) & 7usize) + 1))
}

fn main() {
    let mut ck: u64 = 0;
    println!();
    ck = mix(ck, ((0o3u8 & 127) + (88 & 127u8)) as u64);
    let mut v4 = mul_usize(usize::MAX, 9872535901111002238) >> (ck & 0b111111u64);
    v4 = v4;
    let mut v5 = 95u8 != 15u8;
    let mut v6 = -127i8;
    ck = mix(ck, f0(9, 4) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1() -> usize {
    if 2isize <= 4isize {
        return usize::MAX >> (0i16 as u32 & 63u32);
    }
    if 0usize == 0 && 8i32 > 268435455 {
        println!("step,{}step: {}", 0x0i64 > 0x5i64, 50_isize as u32 % (((u32::MIN | 2147483648u32) - (3195362336_u32 & 0x7_fff_ff_f_fu32) & 7) + 1_u32));
    }
    if true {
        println!("z = {}, q,{} hi = {}res{{}},{}", 11602i16, 0b1i64 <= 0b11i64, if (0x15i8 == 127i8) == (0i8 <= -0b1010_1) { 8388608u64 ^ 0u64 } else { 5 }, 268435455_usize >= 7);
    }
    (if -3isize < 0o11isize { (18_44_6744073_7095_5_16_15usize & 0o37777777777usize) * (0usize & 0b11111111111111111111111111111111usize) } else { 0i16 as usize }) % (((if !(11589i16 == 0o77777) { 0usize } else { (0o374460372706007535556 | 9223372036854775808usize) - (8 & 0o777777777777777777777usize) }) & 0x7usize) + 0b1usize)
}
