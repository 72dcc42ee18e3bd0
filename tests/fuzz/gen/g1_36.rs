fn f1(p0: i8, p1: i64, p2: bool, p3: u16) -> u64 {
    for i8 in (i64::MAX - 2)..=i64::MAX {
        let v9 = i8 ^ p1;
    }
    let mut v10: usize = div_usize((1 & 4294967295) * (13 & 4294967295), 0b0usize & 0o736323366207605117022);
    for i11 in 5u8..4_ {
        let mut v12 = (-1048576i32 as usize | 0x8000000000000000) - ((if p2 { v10 } else { v10 }) & 9_223_37203_6_85_4775_80_7usize);
    }
    let c13: i64 = 0xe_;
    let c14 = -5 / c13;
    ((u64::MAX | 9223372036854775808u64) - (8_4_583_956_37_9_93_84_952_2 & 0o777777777777777777777) >> (p3 & 63u16)) / (0x44058688944e00b4_ % ((6u64 & 0x7_u64) + 0x1__u64) << (v10 | 9223372036854775808) - (v10 & 0x7fffffffffffffff))
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((rem_i64(0b100_010_0i64, 5) >> (6_u16 & 0b111111u16)) / (add_i64(4_611_686_018427387_904, 9223372036854775806) << div_u32(16_288_9_991_7u32, 0x2267F22F))) as u64);
    let mut w15 = 0_u32;
    let v16: i32 = loop {
        w15 += 1;
        if w15 >= 0o10 {
            break 1441527476 / ((-0o1777_77777_77i32 & 7) + 1_i32);
        }
        if true {
            break -4i32 as i32;
        }
    };
    let v16 = 46158234283711687_i64;
    {
        let ck: i8 = 64;
    }
    ck = mix(ck, f0(4294967295) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(47i8, -4795846711097193484, true, 0o0_) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
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

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: u32) -> usize {
    let mut p0: i64 = -0b1000000000000000;
    for i1 in 0_u8..=rem_u8(u8::MIN, u8::MIN) & 3u8 {
        let v2: i16 = div_i16(((if false { 37_ } else { -32768 }) & 127) * (add_i16(i16::MAX, 0) & 127), add_i16((1 & 0o177) * (2i16 & 127), (-0x8 & 0o177) * (7_i16 & 127i16)));
        let mut v3: bool = 32 < -0x7_ffff_ff_f_i32;
    }
    let mut w4 = 0x0u32;
    while 4u32 > w4 {
        w4 += 1;
        println!("z");
        p0 = p0;
    }
    let v5 = 8_i16;
    println!("lo = {:0^}, q: {}, r: {}n {}", i8::MAX >> (-365649_22973_894_34_8_04_isize & 7) > 7, 3i64, div_u8(0x2, 0b0u8), i32::MAX);
    mul_usize(7usize, 0) % add_usize(0, 1836272806772534323) + ({ let t7 = { let t6 = i16::MAX; 7_isize }; 0xF_FFFFFFFF_FF_FF_FFFu64 as usize })
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}
