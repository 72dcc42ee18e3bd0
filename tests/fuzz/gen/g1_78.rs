fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w13 = 0u8;
    while 2 > w13 {
        w13 += 1;
        if true || 131071usize < 3561412387070632738 {
            continue;
        }
        ck = mix(ck, ((2_isize & 4611686018427387903) + (div_isize(-0b1111, 0o130isize) & 4611686018427387903) ^ (4678751260596867738 & 3 & 4611686018427387903) + ((9223372036854775806 & 4611686018427387903) - (4 & 4611686018427387903) & 4611686018427387903)) as u64);
    }
    let c14: i64 = 0o0;
    let c15 = -9 | c14;
    let c16 = 1i64 | c14;
    let mut v17: isize = 6;
    println!("a}}: {c16:x^} n {} acc,{}, a = {} hi,{},", 1204199471 & 6_5, 5643006844183_648828usize, add_i64(c15, c15) as u32, (81i32 & 32767) * (8388607 & 32767) << (v17 & 31));
    let mut v18: bool;
    if -7287i16 == 5 || 0b100u32 >= 7 {
        let v19 = ck;
        let v17 = -127i8 as u32;
        v18 = 89_i8 != 8;
    } else if i16::MIN != 0b110110011000011 {
        v18 = c16 <= c15;
        v17 = add_isize(v17, v17);
    } else if c15 >= 96 {
        ck = mix(ck, (neg_i32(100_i32) % ((f1(0_u32 as i16) & 7) + 1)) as u64);
        v17 <<= 0x7e_i8 & 63;
        v18 = false;
    } else {
        let mut v20 = -(v17 / ((1 & 7) + 1) | 0x1) >> (c14 & 0o77);
        v18 = 19_i16 != 52i16;
    }
    for i21 in 5u8..7 {
        let c15: i32 = sub_i32(63, i32::MAX << (13202222546166000098u64 & 31));
        let c22: u32 = 9;
        let c23 = c22 * c22;
    }
    v18 = v18;
    ck = mix(ck, -8794999956728077884_i64 as u64);
    ck = mix(ck, f0(9, -32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(-4) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: u32, p1: i8) -> usize {
    for i1 in 0usize..=9usize << (27i64 & 63) & 3 {
        let mut v2: u8 = 0;
        let c3: isize = 16;
        let c4: isize = !c3;
    }
    let mut w5 = 0i32;
    let v6: i64 = loop {
        w5 += 1;
        if w5 >= 2 {
            break 6u16 as i64;
        }
        let v7: u64 = (2866154569198151302 | 16956204156754516379) ^ 3 << (p0 & 63);
    };
    let v8: i32 = 23;
    println!("b {v6:.3o}res {} it,{:#}hi\' = {:12b}", (65535i32 != w5) | (7i16 != 96) || 12472_i16 >= -19199, add_usize(4, 0) as isize, w5);
    mul_usize(28, 4784_766_3398204716_0 << (79i64 & 63))
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1(p0: i16) -> i32 {
    println!("out {p0}, k = {} val,{p0} a: {p0},", 16i8);
    println!("r");
    let c9 = 10i64;
    let c10 = c9 >> 11;
    let c11 = -c10;
    let c12 = c11 + c9;
    (22 & 1073741823) - (8 & 1073741823) >> (98i8 & 31)
}
