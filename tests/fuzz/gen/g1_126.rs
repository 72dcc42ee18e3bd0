fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: i32) -> u8 {
    if p0 == 0 {
        return (mul_u8(6, 0b1111111u8) | 128u8) - (2 << (i8::MIN & 7) & 12_7);
    }
    let mut w8 = 0i32;
    let v9: u8 = loop {
        w8 += 1;
        if w8 >= 5_i32 {
            break 0b100;
        }
        let v10 = rem_isize(isize::MAX, 0o100000000000000000) as i64;
        let v11 = rem_u32(0 - mul_u32(6, 6), 0b0u32);
    };
    let mut w12 = 0i32;
    loop {
        w12 += 1;
        if w12 >= 0o1 {
            break;
        }
        let mut v13 = add_usize(14usize, 5419389449376708526usize) >= rem_usize(0, 0) || 1_isize << (usize::MAX & 0x3f) <= -144115188075855872isize / ((isize::MIN & 7isize) + 0b1_isize);
        let v14: i64 = (rem_i64(6070356197312187725, 1) & 0x3FFFFFFFFFFFFFFF) - (0x9 & 4611686018427387903);
    }
    let v15 = f1(p0 - 1);
    !sub_u8(0o0, 9i16 as u8)
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v16 = !(7i32 & i32::MIN);
    let mut v17: i32 = -1073741824;
    let v18: isize;
    if true {
        v18 = 7_i64 as isize as isize;
        v17 = v16;
    } else {
        let v19 = u8::MAX;
        v17 = v16;
        v18 = -0o307033446673621732666isize;
    }
    ck = mix(ck, 5u64 as u64);
    v17 &= 1073741823;
    println!("res: {v16} x: {ck:😀>?}, ck: {} out = {v17} sum: {},", 4u32, rem_usize(31, 18446744073709551614) >= 9223372036854775807);
    print!("val: {0} val = {ck}\n", (32766i16 >= 32766) as i32);
    ck = mix(ck, (7i64 != 4611686018427387903) as i8 as usize as u64);
    ck = mix(ck, f0(0x3) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0x8) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: i32) -> i32 {
    if p0 == 0 {
        return p0;
    }
    if 39u64 <= 2_814_74_976710655 {
        let v1: i32 = 0o1000_00_00000_i32;
    }
    for i2 in 0x0i64..100_ & 0b1111 {
        let c3: i64 = 0x10_i64;
        let c4 = -0x2 ^ c3;
        let v5: u8 = 2;
        let i2: i8 = 0i8;
    }
    let mut v6 = 3i32 != 0o141;
    let v7 = f0(p0 - 1);
    (-33554432i32 & 0b111111111111111111111111111111) - (0o0_u8 as i32 & 1073741823_i32) >> (((0u16 | 32768) - (4u16 & 0x7fffu16) | 1 & 32u16) & 31u16)
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}
