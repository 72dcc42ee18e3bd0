fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, u32::MIN as u64);
    ck = mix(ck, div_i32(0b1010110i32, -0o20000000000) as u64);
    let mut w16 = 0b0u16;
    let v17: u64 = loop {
        w16 += 1;
        if w16 >= 1_u16 {
            break ck;
        }
        let mut v18: i16 = 28_823037_61517_117_4_4_i64 as i16;
        let mut v19 = 0b11isize as usize;
        v18 = v18;
    };
    if 1099511627775usize >= 18446744073709551615 {
        let v20: i16 = 7;
    }
    if f0(7i32, 7u32) {
        return;
    }
    ck = mix(ck, 0o10_u32 as usize as u64);
    let v21: u16 = 0u16;
    println!("r,{} ck = {v17}, it {} k {ck}", !(0o127_i8 <= 9), i32::MIN);
    ck = mix(ck, f0(0, 0b11111111111111111111111111111111u32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0o100000u16, 0b11111111111111111111111111111111111111111i64, 0x38fa_i16) as u64);
    println!("f1 = {}", ck);
    f2();
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
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

fn f2() {
    if 48_i8 != 57 && false {
        let v12: usize = 0;
        let v12: u8 = 2;
        let v13: i64 = (-1660714659i32 | 8) as i64;
    } else {
        let v14 = -(sub_i64(27 & 86_930528780_24_3_28625i64, rem_i64(0o147233525172746165454, 8)) | 1_);
    }
    let v15: i64 = 7;
}

fn f1(p0: u16, p1: i64, p2: i16) -> u16 {
    let mut v9: usize = !((0_isize == 9) as usize) % (((1_u64 >> (70i8 & 63)) as usize & 7) + 0b1usize);
    let v10: i8 = (if true { 8 } else { i8::MAX }) >> (mul_i32(-512, 42) & 0b111);
    let v11: u8 = (p1 >= p1 || v9 > v9 || !(v10 != -0x80)) as u8;
    p0
}

fn f0(p0: i32, p1: u32) -> bool {
    let mut w1 = 0u16;
    let v2: usize = loop {
        w1 += 1;
        if w1 >= 8u16 {
            break 0;
        }
        let v3: u8 = 0x0;
    };
    let v4: i64 = -4538437654224558936_;
    print!("hi|");
    let mut w5 = 0b0u8;
    loop {
        w5 += 1;
        if w5 >= 3u8 {
            break;
        }
        let v6: bool = !true && true;
        let v7 = v2;
    }
    let mut v8: isize = ((-9223372036854775807 | -0b1000000000000000000000000000000000000000000000000isize | 83 ^ -549755813888) & 4611686018427387903isize) - (((0o400000000000000isize & 4611686018427387903) + (34359738367 & 4611686018427387903) | (4 | isize::MIN)) & 4611686018427387903);
    w1 < (if p0 > p0 { w1 } else { w1 })
}
