fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i12 in u8::MIN..=4 {
        println!("res");
        if false {
            let v13 = (51i64 & 2147483647i64) * (0o67i32 as i64 & 0b1111111111111111111111111111111);
            let v14 = u32::MIN as i64;
        }
        let mut i12 = -0o667743340070164663434i64 as i32 / add_i32(-0x2_i32, 5);
    }
    let mut v15 = ck | ck;
    let mut v16;
    if 0xci8 <= 31_i8 || 11393043914154408206usize < 0o0 {
        v16 = 0b110i16;
        let v15 = 2i64;
    } else {
        v16 = -32767;
    }
    ck = mix(ck, true as u64);
    v15 = v15 & v15 ^ (v15 | 9223372036854775808) - (ck & 0x7fffffffffffffff);
    let mut v17: i16 = 0x1;
    ck = mix(ck, f0(0b100000000000000) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0o140i32) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: i32) -> i32 {
    let v1: u64 = if (0x7isize < isize::MIN) | (3_u8 != 0o6) { div_u64(0, 0o11) << (mul_i32(p0, 5) & 63i32) } else { (5_u64 ^ 0o0) >> (0b11001100000100100100000110100110011011011110011100000111110110u64 as i64 & 0o77i64) };
    let mut p0 = 7u8;
    p0 |= rem_u8(p0, !p0);
    0b111111111111111111111111111111
}

fn f1(p0: i32) -> u32 {
    if false {
        let p0: i32 = p0 & 0x0i32;
        let c2 = 0u64;
        let c3: u64 = !c2;
        let c4 = c2 << 0o2;
        let c5 = 0o4 ^ c2;
    } else {
        let p0 = { let t6 = 9i32; 74u8 };
        let mut v7: u8 = 0x64;
        for i8 in usize::MIN..=0x1 {
            let v9: usize;
            v9 = i8;
        }
    }
    if 0o141i8 >= 22 {
        println!("sum");
        let v10: i16 = 0x80u32 as i16;
        let p0: u32 = !(2750642089 ^ 494326315u32);
    }
    let mut v11: isize = -0o447730145073255520265;
    div_u32(rem_u32(0b1u32, 0x6) & 2 >> (0b1001001u16 & 31), 0x7fffffff)
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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
