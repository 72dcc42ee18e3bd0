fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u64, p1: u8) -> i16 {
    let mut p1: bool = 9u32 == 0x91895BD3u32;
    p1 = !p1;
    let mut w1 = 0x0u8;
    loop {
        w1 += 1;
        if w1 >= 1_u8 {
            break;
        }
        p1 &= true;
    }
    -0x44AF
}

fn main() {
    let mut ck: u64 = 0;
    f1(0b0 & 15);
    ck = mix(ck, ((isize::MAX << (0b1000000000000000000000000000000000isize & 0b111111isize) & 4611686018427387903) + (!-0o400000000000000000 & 0b11111111111111111111111111111111111111111111111111111111111111)) as u64);
    println!("r,{} a = {ck}", 7i32);
    let mut v5: u8 = div_u8(0b1, 79);
    let mut w6 = 0u32;
    while w6 < 0b11 {
        w6 += 1;
        ck = mix(ck, f0(0b0u64, v5) as u64);
        v5 = v5;
        println!("step = {} ck\\,{}", true && v5 < v5, (0o10 << (v5 & 31_)) / ((f1(w6 & 15) & 0x7) + 0b1));
    }
    println!("step,{}, r\u{e9},{ck}", 0b0u32);
    println!("q\': {} step,{},", true, 0b11001);
    ck = mix(ck, f0(0xffffffffffffff, 1_02) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(6u32) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: u32) -> i32 {
    if p0 == 0 {
        return 0b1001;
    }
    for i2 in 0o3isize..=7isize {
        if 0x1isize == i2 || 0u64 != 0x0 {
            continue;
        }
    }
    f0((9223372036854775807 & 0b111111111111111111111111111111111111111111111111111111111111111) + (0o224726060503145464740 & 0x7_F_F_F_FFFF_FFF_FFF_FF), 0x0);
    let v3 = f1(p0 - 1);
    ({ let t4 = (v3 & 0x3fffffff) + (v3 & 0b111111111111111111111111111111); u8::MIN }) as i32
}
