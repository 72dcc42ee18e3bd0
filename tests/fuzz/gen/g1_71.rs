fn main() {
    let mut ck: u64 = 0;
    let mut v4: i32 = 0x7;
    println!("r\"");
    let mut w5 = 0u32;
    while w5 < 6u32 && 12 > 0x7i32 {
        w5 += 1;
        if 46 <= v4 {
            break;
        }
    }
    ck = mix(ck, f0(32768u16, 2usize) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u16, p1: usize) -> u64 {
    let mut p1 = i32::MIN > 0b1010 || (if 27i16 != 0o4i16 { 0u16 >= p0 } else { 0xfffffffffffffffeu64 > 0o0 });
    let mut w1 = 0usize;
    while 3 > w1 && (p1 || p1) {
        w1 += 1;
        let v2: isize = 66 | 0;
    }
    p1 |= 4i32 == 7;
    ((9007199254740991u64 | 0o7777777777777u64) / ((w1 as u64 & 7_u64) + 1) & 4294967295) * (({ let t3 = i64::MAX as i32; div_u64(3132958952504331579u64, u64::MIN) }) & 4294967295u64)
}
