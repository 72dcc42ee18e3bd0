fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1(p0: usize) -> u64 {
    for i4 in u16::MIN..2 {
        let v5 = rem_isize(isize::MAX, 8isize | 965985224349336515isize);
    }
    let mut v6: i8 = sub_i8(6, -8);
    let mut v7 = -0x131e9b200fc02d83i64;
    let mut w8 = 0u8;
    while w8 < 3 && (4_u16 > 6 || true) {
        w8 += 1;
        v6 <<= 43 & 1211385400i32 & 7i32;
        v7 = v7;
    }
    mul_u64(u64::MAX, u64::MAX)
}

fn f0(p0: u32, p1: u64, p2: u16, p3: i64) -> usize {
    if p0 == 0 {
        return add_usize(0, 17179869184 % ((usize::MAX & 7usize) + 1));
    }
    let v1 = neg_i16(-16357) << (0usize & 15);
    let v2 = 108i8 ^ 7;
    let v3 = f0(p0 - 1, p1, if -13isize == -0x5AE3A318443A63A5_isize { p2 } else { p2 }, p3);
    v3 | add_usize(v3, 7) / v3
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (1i64 <= 1 && (1580104262u32 <= 1884609709 || 0u32 > 0b10101011101010001001101100100000)) as u64);
    ck = mix(ck, u16::MAX as u64);
    let v14: i8 = (3_u8 ^ 7u8) as i8;
    if 8u8 != 16 {
        ck = mix(ck, add_u8(1, 4) as u64);
        let v14 = (4isize & 0b11111111111111111111111111111111111111111111111111111111111111) + (6 & 4611686018427387903) | (6 & 4611686018427387903) - (-6003740886176246075isize & 4611686018427387903);
    } else {
        let v15: u32 = 8;
    }
    let v14: u64 = ck;
    ck = mix(ck, 5u64 as u32 as u64);
    ck = mix(ck, f0(0o5u32, 18446744073709551614, 0, 34) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(true, false) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f2(p0: bool, p1: bool) -> u8 {
    let v9 = i64::MAX;
    if p1 || 11072588966226292631_u64 == u64::MAX {
        let v10: u8;
        if !p0 {
            v10 = ((207 | 128u8) - (6 & 127u8) & 15) * ((81 & 127) + (u8::MAX & 127u8) & 15);
        } else {
            v10 = rem_u8(255, 0b10) & 128u8;
        }
    } else {
        let mut v11 = -2108332675;
        println!("k: {}d: {}val {} out,{},", 0u64, 54u32, (55604u16 & 32767u16) + (525 & 32767), -9i64);
    }
    let v12: u8 = 71;
    let v13: isize = 3;
    v12
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
