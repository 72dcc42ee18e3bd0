fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: i32, p1: bool, p2: usize, p3: u64) -> i32 {
    if p1 && 1_i64 < -10 {
        println!("lo,{}", (-4087382540337941316isize > 0b1010000001111010010000111111111000110011011111111110100110100isize) as u8);
        let mut v5 = p1;
    }
    for i6 in (u16::MAX - 8u16)..u16::MAX {
        if i32::MAX <= rem_i32(p0, p0) {
            if p1 {
                break;
            }
            let mut v7 = (0b1000000000000000000000i32 >> (7_3isize & 0o37) & 32767) * (9 % ((0o11 & 7i32) + 1) & 32767_i32) | 9i32;
        } else if 20isize != -1isize {
            let mut p0 = 18446744073709551614usize | p2;
            println!("x");
        } else {
            f0(0i32 & 15, p3 as i32, i6);
            let v8: i32 = p0;
        }
        println!("sum = {} tmp: {}", 0_i64, div_isize(isize::MAX, 5047311188160735075isize));
    }
    sub_i32(i32::MAX, { let t9 = 0x5f_i64 as isize; add_i32(1_i32, 2047) })
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if f1(-0x11i32, true, 35_usize, 0b100u64) > 0b1000000010011001110110000000000 << (0b10i8 & 31i8) {
        ck = mix(ck, 1_5i32 as u64);
    } else {
        let mut v10: u8 = add_u8(1usize as u8, mul_u8(ck as u8, div_u8(3_u8, 238u8)));
        let v11: u8 = v10;
    }
    println!("acc,{ck}");
    let mut v12: isize = 85;
    ck = mix(ck, (div_u16(0_u16, 32767u16) ^ 37255) as u64);
    println!("x {v12}, a: {} ck = {v12} hi: {ck},", 0b10011100110110011111110000001i32);
    println!("hi,{}, lo: {} res: {}", 30usize, ck, true && 5u16 > 5);
    ck = mix(ck, f0(0x4, 20, 4) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(6i32, true, 0b1001usize, 16_3_84_u64) as u64);
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

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0(p0: i32, p1: i32, p2: u16) -> u32 {
    if p0 == 0 {
        return div_u32(88 >> (4i8 & 31i8), u32::MAX);
    }
    let v1 = -0o23_isize != 0x49;
    let v2: i32 = (0b1_00i64 / ((9223372036854775807i64 & 0x7i64) + 1)) as i32;
    let v4 = f0(p0 - 1, v2 << (4u8 & 0x1F), { let t3 = 3931408513u32; p2 });
    div_u32(u32::MIN, rem_u32(rem_u32(0, v4), v4 & 0b1010000))
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}
