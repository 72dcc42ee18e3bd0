fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u32, p1: u64, p2: i32) -> usize {
    for i1 in -0b1..=0b10i32 {
        for i2 in (i8::MAX - 2)..=i8::MAX {
            println!("lo,{p0:o} sum{{}} {},", -0b10isize);
            let v3: i64 = 0b101;
            let p2: u16 = rem_u16({ let t4 = 0o361107111164347460563usize; 0b1000 }, div_u16(u16::MIN, 9));
        }
        let p0 = (0b111i16 as i64 >> ((0o7isize & 4611686018427387903isize) - (9223372036854775806 & 4611686018427387903) & 63)) as usize;
        let mut v5: usize = 8;
    }
    println!("y,{:x} x{{}},{:>06}k,{:#>04X}", 4611686018427387904isize, p2, 6u64);
    let mut v6: i32 = (0b10101 & 1073741823) + (p2 & 1073741823) | p2;
    v6 = sub_i32(v6, if 9u16 >= u16::MIN || i32::MAX < p2 { p2 >> (p2 & 31) } else { 1 });
    if false {
        return 0;
    }
    -137438953472isize as usize as usize & ((1474644901216589989usize & 9223372036854775807usize) + (4 & 9223372036854775807) | 9223372036854775808) - (sub_usize(15491920132069266603usize, 1) & 9223372036854775807)
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ck as u64);
    ck = mix(ck, 7i16 as u64);
    for i7 in 1u64..0x3 {
        for i8 in 1..=0x5_usize {
            if 9i16 != -4 {
                continue;
            }
            ck = mix(ck, (div_i32((i32::MAX & 32767) * (-6 & 0x7FFF), 8388607 | 8) << (div_u32(0o6, 3 | 1875887140) & 0x1f)) as u64);
        }
    }
    ck = mix(ck, 0b110i32 as u64);
    for i9 in 0i32..5 & 7 {
        if !(4294967294_u32 != 0b110) {
            println!("x {i9:1} a{{,{i9: ^b},");
        } else if -3589134875323405278isize > isize::MAX {
            let c10: isize = 6;
            let c11 = -c10;
            let v12 = sub_i32(0x52e29601, i32::MAX);
        } else if true {
            let v13 = 65535u64;
        } else {
            println!("out = {ck:_^016?}b {ck:0>#04}, z}},{i9}, d {0:*<} r: {i9}", { let t14 = 0u32 | 0x4; t14 as u32 });
            println!("n {ck:?} res = {:+07o}", u8::MAX);
            ck = mix(ck, (65u32 % ((0x4a & 7) + 1)) as u64);
        }
    }
    ck = mix(ck, 65534u16 as u64);
    f0((4096 | 2147483648) - (70 & 2147483647), ck / ((6 & 7) + 1), 5 << (18446744073709551615usize & 31));
    ck = mix(ck, f0(59, 15446320514391491815, 2) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
