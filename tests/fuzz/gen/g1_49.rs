fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: i32, p1: i16, p2: i64, p3: i64) -> u8 {
    if p0 == 0 {
        return sub_u8(div_u8(181u8, 0o62), rem_u8(26u8, 0o177u8));
    }
    if p3 == p2 {
        if !(0b0u32 <= 4_u32) {
            let v1: u8;
            v1 = div_u8(mul_usize(usize::MIN, 0o640663205474407730204) as u8, 3u8);
            let mut p3 = 0u8;
        } else if false {
            let v2: usize = div_usize(0o1130351755141350405325 | 8usize, 0xbab4e544afcf526b) << add_isize(-2058227343578943596_, -474382647139783743isize) - 7642697690953015485isize;
            let v3 = 0x40_0i32;
        } else {
            let v4: u8 = 0b1u8 as usize as u8 * add_u8(rem_u8(30u8, 12_7), -1152921504606846976isize as u8);
        }
    }
    let v5: i32 = (9u32 != 3u32) as i32;
    let v6 = f0(p0 - 1, 5_, 3, p3 ^ -33554432i64);
    (0x80u8 << (0x0i64 & 7_)) / (((1_ & 15u8) * (sub_u8(0u8, 0b10000_u8) & 15) & 0x7u8) + 1u8)
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("r,{:>}z}} {ck:^^o}lo = {ck:^16} val,{ck:'^#02b}d = {:ß^.0X}", if 2251799_81_36852_48usize > usize::MIN { 0b10000000000000000000000000000000u32 == u32::MAX } else { usize::MIN == 69__usize }, 50i16);
    if false {
        ck = mix(ck, 97_isize as u64);
    } else if -64_i8 <= -0x7fi8 || 3i64 <= 8_ && false {
        let mut w7 = 0o0u32;
        loop {
            w7 += 1;
            if w7 >= 0o5 {
                break;
            }
            println!("acc {:-?} acc = {:^o},", 2147483647, 4u16);
        }
        let v8: u16 = if 11_i32 < 0x2_i32 { 0 } else { 64_997 };
    }
    ck = mix(ck, (ck / ((ck & 7u64) + 1)) as u8 as u64);
    ck = mix(ck, 64i64 as u64);
    ck = mix(ck, f0(0b110i32, 57i16, 2894205412204949644i64, 6) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}
