fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: isize, p1: u8) -> u8 {
    for i1 in 0i16..(if 0u64 == 0o125 { -8192i16 } else { -0o16124 }) & 0o7 {
        let v2: bool;
        if false {
            let mut v3: i32 = div_i32(4, 0o1i32);
            v3 %= (v3 & 7) + 0b1;
            v2 = ({ let t4 = i64::MIN; -2i8 }) != 8_i8 & 10i8;
        } else {
            v2 = 1073741823 >= 1048576i32 || 128u16 <= 4;
        }
        if false {
            let p1: u8 = { let t5 = (18446744073709551614usize << (i8::MAX & 0b111111i8)) as i32; sub_u8(p1, p1 << (i8::MAX & 7i8)) };
            let c6: i64 = -1;
            let c7: i64 = c6 & c6;
            let v8: i8 = ((2usize & 0x8usize) << (86_i8 as u8 & 63)) as i8;
        }
        let c9: u8 = 1u8;
        let c10 = 7 | c9;
        let c11 = !c10;
        let c12 = c10 << 3u32;
    }
    if 5usize << (0x0u64 & 0o77u64) != 4867710715538430908usize >> (p1 & 63u8) {
        let v13: u8 = 17;
        let v13: u8 = 0o1;
        println!("k");
    }
    let p1: i64 = neg_i64(0x1000000000000000);
    for i14 in 3i16..=4 {
        if p1 != p1 {
            let v15;
            v15 = 0x0usize | 7963355244575426643usize;
            let v16: usize = 83;
        } else if false {
            let v17 = p1;
            let mut v17 = i14 as u8;
        } else if 0o125i32 < 0x52_i32 {
            let mut p1 = 1;
        }
        for i18 in 5u8..0x7u8 {
            let mut p0: i64 = p1;
        }
    }
    3u8
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 85i32 as u64);
    ck = mix(ck, 0u16 as u64);
    let mut v19: u32;
    if !false {
        v19 = 0x0u32;
    } else if false {
        v19 = 0b1110u32;
        let mut v20 = 47739u16 as u8;
    } else if (3i64 <= 0o603765533767103177723i64) | (ck == 1_u64) {
        v19 = 0o5;
    } else {
        let v21;
        if (6 < 0b1) == (1u32 >= 16777216_u32) && -128i8 < 0x8i8 {
            println!("z = {ck},");
            v21 = 0b1111111111111111111111111111111111111111111111111111111111111110usize;
        } else {
            v21 = 0b1111010000011101100010000011000100000110011000101010101010101001;
        }
        v19 = 511u32;
    }
    ck = mix(ck, f0(56, 5) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
