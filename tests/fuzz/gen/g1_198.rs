fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u16) -> bool {
    if (1 <= 54) != (-0b1000111100000000001111111110010000111110100001111010000011111i64 >= 9i64) {
        return 76 > 41648413 || 32767i16 < 52;
    }
    for i1 in 0i32..=244737941 % ((6 & 7) + 0b1) & 0b1 {
        let mut v2 = i1;
        v2 = -(({ let t3 = 4611686018427387904i64 | 5; i1 as i32 }) | 0o1);
    }
    if !(-0x7FFFFFFFFFFFFFFF_isize != 46) && (false && 0o532472266071007421602i64 <= 5) { 7u8 >> (8u32 & 7u32) != 0o142 ^ 188 } else { 0b1000000000000000000000000000000i32 as u16 != 0 & p0 }
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
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

fn main() {
    let mut ck: u64 = 0;
    let v4: isize;
    if 0x7fffffffu32 < 1u32 && 13isize == 8 {
        v4 = 0;
    } else {
        v4 = 38 | sub_isize(0x24A45359D11DD38Bisize, -899911928394220130);
    }
    f0(0u16);
    if !(0o2000000000000000000isize <= 7 && 0o146414u16 == 8011) {
        let v4: i16 = -128;
        let mut v5: isize = ((6 & 2147483647) * (0b0 & 2147483647) >> (0x1_i8 as usize & 63)) % ((8 & 0b111) + 1);
        let mut v6: i8 = !(63 | 0b110) << (sub_u8(8u8 % ((0b10100011 & 7) + 1), 0o0 & 0b1000) & 7);
    } else {
        println!("z: {v4} ck}}: {}", 11556188491669738843usize);
    }
    ck = mix(ck, f0(0) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
