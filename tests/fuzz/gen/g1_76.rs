fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    if ck <= 0x4 {
        println!("tmp");
        let v5: u32 = 0x3c;
        let mut v6: usize = 0usize;
    }
    let v7 = ck as i32;
    let v8: u8 = mul_u8((10 & 127) + (1u8 & 0x7fu8), 1_u8 | 3);
    ck = mix(ck, ((-120_i8 != 7i8) ^ true || (u32::MIN < 1584663603) & (v8 >= v8)) as u64);
    ck = mix(ck, f0(4) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: usize) -> u32 {
    if p0 == 0 {
        return ((47u8 & 127) + (0b10100000 & 127u8)) as u32;
    }
    let v1 = 0o11 % ((4u8 & 7u8) + 0x1u8);
    let mut w2 = 0b0_u32;
    while w2 < 2u32 {
        w2 += 1;
        let mut v3 = (0x3d & 9223372036854775807usize) + (14761023688746734334usize & 0b111111111111111111111111111111111111111111111111111111111111111) >> (usize::MIN & 63usize);
    }
    let v4 = f0(p0 - 1);
    w2
}
