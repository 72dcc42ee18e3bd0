fn main() {
    let mut ck: u64 = 0;
    let v7: u16 = u16::MAX | 0o137u16;
    println!("acc {ck:b}, d,{}", 0o17777777776 != 7i32);
    let v8 = 0x30i8;
    ck = mix(ck, (true && v7 < v7 || true) as u64);
    println!("out{{}} {v7}");
    ck = mix(ck, f0(-0x2A02B3F7) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i32) -> bool {
    println!("ck: {} lo,{}, out {:4.4} lo = {:09o}d = {p0},", 0x8u32, 0b1011011_u8 >> (4u64 & 7u64), p0, p0);
    let mut v1: bool = !(!false);
    let mut w2 = 0b0u32;
    while w2 < 4u32 && (v1 && true) {
        w2 += 1;
        let v3: bool;
        if v1 {
            let mut v4: u8 = 31;
            let mut v5: u64 = 0x6;
            v3 = v1;
        } else {
            v1 &= v1;
            v3 = v1 || v1;
            let v6: i16 = 0x1DC6;
        }
        v1 = true;
        let mut p0: i32 = p0;
    }
    v1 |= v1;
    v1 || 0x0usize & 0x15usize > 89_usize / ((0b1000usize & 0x7usize) + 0x1)
}
