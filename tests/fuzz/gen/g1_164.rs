fn f1(p0: u32) -> u64 {
    for i11 in 0b0u16..0x4f << (5u16 & 0o17) & 0x7 {
        println!("d: {} step {}", 0x5, 8u64);
    }
    let mut v12 = 0x200000i32;
    div_u64(sub_u64(8, 2457140904897549200), u64::MIN) ^ div_u64(sub_u64(66u64, 0xabc2ee95e266e7a3), 5)
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: usize) -> u32 {
    if p0 == 0 {
        return (add_u32(0x20, 1048576) & 0x7fffffff) + ((0u32 | 0x3) & 2147483647);
    }
    if 0x3d_usize == 0o327672411062503045637 && 0o3isize < 0x18 {
        let mut w1 = 0x0i64;
        while w1 < 5 {
            w1 += 1;
            let mut v2 = 7;
        }
        let v3: usize = 0;
        let v6: i8 = 5i8 & ({ let t5 = { let t4 = v3; 14546869604506666401u64 }; 8191i16 as i8 });
    }
    let mut w7 = 0x0_usize;
    loop {
        w7 += 1;
        if w7 >= 6 {
            break;
        }
        let v8 = (3908684885545322643isize as u8 | 0o200u8) - (0b100 & 127);
    }
    let mut v9: i8 = 0x3;
    let v10 = f0(p0 - 1);
    add_u32((1 & 65535) * (63 & 65535) << ((0x1_u8 & 15u8) * (0 & 0b1111) & 0x1F), (3 >> (u16::MIN & 0o37) & 0b1111111111111111111111111111111u32) + (8388608 & 2147483647))
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    for i13 in 0b0u16..0b111100_u8 as u16 & 0x3 {
        if -0b1001000i8 <= 0x1 {
            return;
        }
    }
    println!("acc}},{} step,{},", true, 0b1000usize);
    let mut w14 = 0i64;
    while w14 < 0x3 && (if 0b101000010110010100111001100101u32 != 0b110 { 0x8usize == 0 } else { 0x7FFFFFFFFFFFFFFEisize <= 8 }) {
        w14 += 1;
        ck = mix(ck, (ck > 0b100 && -0x8_isize != 0x100000000000000 || w14 <= w14 && false) as u64);
        println!("ck = {ck}r é,{}, out\t,{}", !(0x0usize <= 0o0) == (w14 < w14 && false), 0b11110);
        if 0o11usize >= 0o22675735012452262177 {
            ck = mix(ck, (83i16 % ((0x8 & 7) + 0o1)) as u8 as u64);
        }
    }
    ck = mix(ck, f0(0b1001) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x5) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
