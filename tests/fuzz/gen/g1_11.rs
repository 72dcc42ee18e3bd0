fn main() {
    let mut ck: u64 = 0;
    let mut v8: u8 = 0x5;
    v8 /= (f0(17543963) & 0x7) + 1;
    for i9 in 0b0_i16..=0o70527 & 0x5BC3 & 7 {
        if true {
            break;
        }
        if 22_i8 >= 0x4 && i9 == i9 {
            break;
        }
    }
    ck = mix(ck, f0(-519387577) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: i32) -> u8 {
    let mut v1: usize = div_usize(7493415624991804866, 0x6);
    if false {
        let mut v2: i32 = (i32::MAX & 1073741823) - (-(0x4 | 1_i32) & 0x3fffffff);
    } else {
        v1 = sub_usize(v1, 0b100001000001111110110100000010111000101100000110110100010101001);
        v1 = rem_usize(0x5, v1);
        let mut v3: i16 = rem_i16((0o177776_u16 | 0x0) as i16, 0x2a9b5_ec2_e5e1c2b_3_i64 as i16 & 0b11);
    }
    let v4: u32;
    if 3i16 >= 0o177 {
        v4 = rem_u32(0 & 5u32, (0o11 | 0x80000000) - (11 & 2147483647));
    } else {
        v4 = 0x2 << (v1 & 31);
    }
    if 0b100_isize == 0x4000000000000000 && !(0x3i64 != -36028797018963968) {
        for i5 in 2i8..=6 {
            println!("step {i5}, z {}", add_i64(5, 0o5));
            v1 &= v1;
        }
    } else {
        for i6 in 0b0i16..=(-0b111100101100010 & 0x7F) * (0b1001 & 0b1111111_i16) & 0o7 {
            print!("b {v4}b,{} hi: {v1}r {},|", 17779976944083296920u64, v1);
        }
        let v1 = v1 >> (1i16 & 0b111111);
    }
    v1 = mul_usize(v1, 0x5i16 as usize ^ usize::MIN << (isize::MAX & 63));
    (u8::MAX & 203 | ({ let t7 = 3u64; 0x2 })) >> ((p0 >= -0b1111110000100110111011010110010_i32) as u16 & 0o7)
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
