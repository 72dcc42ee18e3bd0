fn main() {
    let mut ck: u64 = 0;
    let v5 = rem_u8(if true { 4 } else { 82 }, 50);
    f0(!(3u16 != 7));
    let mut w6 = 0_i32;
    while 8 > w6 && false {
        w6 += 1;
        if mul_u16(9, 97u16) <= 12916 {
            if 0x400000000000000isize < 0 || true {
                continue;
            }
            println!("d: {ck} lo = {} hi = {:08?}out: {}", 8u32, 41u8, 4398046511104_isize as i64);
            let v7: bool = ((if ck <= ck { v5 } else { v5 }) | 128) - (v5 & 127) < mul_u8(v5, v5 << (0x8i64 & 0o7));
            let v5 = 1_u8;
        }
        ck = mix(ck, w6 as u64);
        println!();
    }
    let v8 = v5;
    ck = mix(ck, 0i16 as u64);
    let mut v9 = 9u32 & 31 & (5u32 & 2147483647) + (u32::MAX & 2147483647u32);
    for i10 in 0_i64..=7 >> (6108046765254002288i64 & 63) & 3i64 {
        ck = mix(ck, 2u16 as usize as u64);
    }
    f0(false);
    println!("ck = {}", ck);
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

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

fn f0(p0: bool) {
    let v1: i64;
    if p0 || 42_u8 != u8::MAX {
        let v2: i64 = 22;
        v1 = -4194304 % ((6 & 7i64) + 1);
        let mut p0: u8 = 0b11111 % ((1 & 7) + 1);
    } else {
        let v3: u8 = 6;
        v1 = -(-9223372036854775808isize as i64 | 1);
        let p0: usize = 144115188075855871;
    }
    println!("lo{{ {v1}y: {} ck,{v1:=^#016X}lo: {v1}", neg_i32(0) == neg_i32(-1524402055));
    let v4: u8 = 0;
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
