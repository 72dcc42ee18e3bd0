fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: usize, p1: i32, p2: i8, p3: i8) -> i32 {
    println!("hi,{p0} hi,{} hi {0}, b {p3:X}", i32::MIN);
    let v1;
    if 0o10i16 == i16::MAX && 0o10i8 > 63 {
        let v2: i8 = p2;
        if 7isize != -12isize {
            return (p1 & 32767i32) * (0x28i32 & 32767);
        }
        v1 = if (i16::MIN < 7i16) ^ false { { let t3 = p0; p1 } } else { mul_i32(5i32, 3i32) };
    } else {
        let v4 = mul_u64(59, 0x19) | (4652398889607713390u64 | 0x0);
        println!("k");
        v1 = p1;
        print!("r: {v4} n,{:8X}, y: {p2:#6X}|", 6u8);
    }
    let mut v5: i8 = p3;
    let v6: isize = neg_isize(0o37777777_);
    p1
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

fn main() {
    let mut ck: u64 = 0;
    let mut v7: i64 = 100;
    ck = mix(ck, ((156141181_u32 <= 131071u32) | ((0i16 != -0b101111100111111i16) == (84i32 != 65535i32)) && !(ck > ck)) as u64);
    v7 <<= -0x26ci16 & 63i16;
    let mut v8: u16;
    if (3_9756u16 == 9u16) | (i32::MIN < 4i32) {
        v7 |= 8i64;
        v7 = v7 | v7;
        v8 = if 65u8 > 73u8 { 0o777777777i32 as u16 } else { 0x4_e };
        v7 <<= mul_u32(isize::MIN as u32, 0o1u32 % ((538826459 & 7) + 1)) & 63;
    } else if 152_u8 == 128 && i16::MIN != 100_ || 9007199254740992_usize == 0b110001usize {
        v7 &= v7 << (-0o1_000_00_i16 & 63i16);
        v8 = rem_u16(0, 32767) << (15390501419063025677usize << (v7 & 63) & 0b1111);
    } else {
        v7 = add_i64(v7, v7);
        v8 = 1u16;
    }
    let mut v9 = v7;
    v9 = 0o3 << (add_u8(0o64u8, 255u8) as i16 & 63_);
    v8 = rem_u16(v8, 4 ^ 0b1000_isize as u16);
    v8 = v8;
    ck = mix(ck, f0(18322816082144093057usize, -2147483648i32, 58_i8, 62) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
