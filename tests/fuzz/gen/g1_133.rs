fn main() {
    let mut ck: u64 = 0;
    let mut w6 = 0_u16;
    loop {
        w6 += 1;
        if w6 >= 0x1 {
            break;
        }
        ck = mix(ck, 31u8 as u64);
    }
    if -1isize | -9223372036854775807 != !-5227465910094438195_ {
        let v7 = 2_i64 == 1;
    } else {
        if 9isize >= 5610653621671685325 {
            let mut v8: i64 = 4;
            v8 = v8;
        }
        ck = mix(ck, ((0u8 | 128) - (2_9 & 127) ^ div_u8(128, 0o77)) as u64);
        let v9: u64 = ck;
    }
    ck = mix(ck, mul_u8((0o2 | 0x80) - (3 & 0x7F), 0b11101110 % ((127 & 7) + 0o1)) as u64);
    println!("k");
    let v10 = isize::MIN % ((mul_isize(0b100011101011101010011010100000011011011101011110111010001000101isize, 6) & 7_isize) + 1) != div_isize(8796093022208 >> (5u32 & 0x3f), 4611686018427387903 >> (5i16 & 0x3f));
    let v11 = ((60 & 127) + (7 & 127u8) & 127) + (0b1110100 & 12_7_u8);
    ck = mix(ck, f0(0x0) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: usize) -> bool {
    if p0 == 0 {
        return (false || 0xBi16 != -4i16) & !(-1202798676i32 != 0o116);
    }
    let v1: usize = 78;
    let mut w2 = 0b0u8;
    loop {
        w2 += 1;
        if w2 >= 0o3u8 {
            break;
        }
        if 2251799813685248u64 != 18037785970148352145 {
            return true || !(0x8_u64 > 7);
        }
        let v3 = 9;
    }
    let v4: i16 = -22_91_9;
    let v5 = f0(p0 - 1);
    if (v4 & 16383) + (-0b100i16 & 16383) == v4 { false } else { 83u64 < 9223372036854775807 && v1 >= v1 && v5 }
}

fn mul_isize(a: isize, b: isize) -> isize {
    if a > 0 {
        if b > 0 {
            if a > isize::MAX / b {
                return a;
            }
        } else if b < isize::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < isize::MIN / b {
            return a;
        }
    } else if a != 0 && b < isize::MAX / a {
        return a;
    }
    a * b
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
