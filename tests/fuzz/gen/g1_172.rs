fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: i16, p1: u8) {
    println!("hi");
    println!("res = {p0}");
    let v1: i32 = 0;
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: u8) -> u64 {
    println!("n: {}, res = {}, k,{p0},", i32::MAX, 8u32 >= 5 && u32::MAX == 7);
    let mut v2: i16 = -23205;
    let v3: isize;
    let mut v4: u8 = p0 << ((p0 & 0o177) + (p0 & 127) & 0o7);
    v3 = 127;
    v2 = v2;
    if u16::MAX > 0b0 {
        let mut v5: u64;
        if -0b111010011001101001100100000101110010001011011011001111101100110isize << (0o0usize & 0x3Fusize) == v3 >> (3_u64 & 63) {
            v5 = 78 >> (3usize & 63);
        } else if v3 < v3 {
            v5 = rem_u64(add_u64(2, 24u64), 3 ^ 6);
        } else if v4 as i32 == ({ let t6 = v2; 32768 }) {
            v5 = sub_u64(u64::MIN, 6_0);
        } else {
            v5 = !5;
        }
    }
    0o3 / (((if false { 3i8 } else { 1 }) as u64 & 0b111) + 1)
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, !((0b1_00u32 | 0o20000000000u32) - (0x4_ & 2147483647) == -13306i16 as u32) as u64);
    let v7: u64 = div_u64(0b1, (ck % ((0o2 & 0o7) + 0x1) & 0o777777777777777777777) + (0x2cu64 & 9223372036854775807));
    let mut w8 = 0b0u8;
    let v9: u8 = loop {
        w8 += 1;
        if w8 >= 3 {
            break w8;
        }
        let v10: i32 = div_i32(rem_i32(13, u16::MIN as i32), 0o777_777777);
    };
    let mut w11 = 0u32;
    let v12: usize = loop {
        w11 += 1;
        if w11 >= 4 {
            break div_usize(34359738367, 36028797018963968);
        }
        ck = mix(ck, ((((if true { 1_u16 } else { 0o1000u16 }) | 32768) - (mul_u16(255, 0o43u16) & 32767) & 0o77777) + (0o4u64 as u16 / sub_u16(5, 1_u16) & 32767)) as u64);
    };
    println!("r,{}", (v7 & 4294967295) * (4u64 & 4294967295));
    ck = mix(ck, (1319i16 <= 32767) as usize as u64);
    let mut v9 = (9i16 & 0b1011011i16) as i32;
    let v13 = v9;
    f0(0x14EA_i16, 0);
    ck = mix(ck, f1(0x7F) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
