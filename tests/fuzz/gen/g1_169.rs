fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1() -> bool {
    if 12924u16 <= 0o0 {
        let v4 = (add_u16(73, 0x0) | 0o100000) - (add_u16(42500, 0x38) & 0x7fff);
    }
    let mut v5: i32 = 15_u16 as i32;
    v5 = ((v5 & 0x3fffffff) - ((v5 | 0b1000000) & 0x3FFFFFFF)) as i32;
    if !true {
        return !(u64::MIN < 12976843268403240257) && (false && 0o0u8 <= 3);
    }
    false || (0u16 >= 0u16 || (0x6E29i16 <= -29377) & (271714605_u32 < 0b110100))
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u8, p1: i64, p2: usize, p3: isize) -> u32 {
    let mut w1 = 0b0u16;
    while w1 < 5 {
        w1 += 1;
        let mut v2: u64 = sub_u64(15797572279709463209, 13368126919619429116);
    }
    let mut v3 = add_i32(0b1001, -0x7FFFFFFF_i32) % ((5 << (0x3usize & 31) & 7) + 0x1i32) % ((-(i32::MAX >> (0b10u32 & 0o3_7) | 1) & 7) + 0o1);
    (-0x200000000_isize << (p0 & 0b111111) ^ (3u32 < 2) as isize) as u32
}

fn main() {
    let mut ck: u64 = 0;
    let mut w6 = 0_i32;
    while w6 < 3 {
        w6 += 1;
        ck = mix(ck, !0o125117u16 as u64);
        let v7 = !(0b0usize < 0b1);
        if 56790u16 > 0o33414_u16 || v7 {
            break;
        }
    }
    ck = mix(ck, ((0o40000000000000usize & 9223372036854775807) + (17210480452332404063 & 0x7fffffffffffffff)) as u64);
    ck = mix(ck, ({ let t8 = 0x3FFFFFFFFFFFFF_isize; 0xfu32 }) as u64);
    let v9: u8 = 8 | 0x2;
    let mut w10 = 0u16;
    while w10 < 8u16 {
        w10 += 1;
        if false || 0x1728efd9209570b0isize >= -0x2B0EE1ED5EA18659 {
            break;
        }
    }
    let v11 = sub_u32(0x949bd398, 16383);
    f0(sub_u8(0x19, v9), -0x53CF0DC36EEC0EC8, w10 as usize, -0b10_000000_0_00_0000_000000_0_000000_00_000isize & 0o0);
    ck = mix(ck, f0(7u8, 6250812965658922512, 0o123, 0x34) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}
