fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: bool, p1: u64) -> i8 {
    if p0 {
        let v2 = ({ let t1 = 6isize; 7u16 }) >> ((if p0 { 26i8 } else { -32 }) & 15);
        let mut v2 = p0 || p0;
    } else if !false {
        let v3 = rem_i8(67, 80);
    } else {
        let p1: isize = 27;
    }
    if (515495496u32 & 0o17777777777u32) + (72 & 2147483647_u32) >= ({ let t4 = 8_i64; 0u32 }) {
        println!("n: { },", add_u8(44_u8 & u8::MAX, 32767i16 as u8));
        if !p0 {
            return 28 % ((56_i8 & 7) + 1) & (0b1000010_i8 & 0b111111i8) - (82 & 63);
        }
        let p1 = 1073741823;
    } else if p0 {
        let mut v5 = div_i8(24, 127);
    } else if false {
        println!();
        if p1 < 11 {
            return rem_i8(-127, i8::MAX) - 7 / ((i8::MIN & 0x7i8) + 0x1);
        }
    }
    if p1 < 4777741619476835528 {
        let v6: u64 = 3;
        let c7 = 12isize;
        let c8: isize = -2 - c7;
        let c9 = !c8;
    } else if 6usize | 2_usize <= 39u8 as usize {
        println!("r: {p1:#?} tmp {p0:1}z: {:+02x} val = { }, lo,{:2}", { let t10 = 9_u8 | 0x7; -(2 | 1) }, sub_u32(754979774u32, 0b0_), 6u8 << (9223372036854775807_i64 & 7i64));
    }
    let mut p1 = 23usize as u64;
    neg_i8(126i8)
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f1(p0: u16, p1: usize, p2: u64) -> bool {
    let v11: i64 = 9223372036854775807;
    let mut w12 = 0u16;
    while 6u16 > w12 {
        w12 += 1;
        let mut v13: i16;
        if !false {
            v13 = -4 ^ 0b100 ^ 1 & 0x0;
        } else if 14i16 % ((i16::MAX & 0o7) + 1i16) == 0b1001 << (-4 & 15) {
            v13 = 4;
        } else {
            v13 = div_i16(8i32 as i16, 77i16);
        }
        let mut v14 = v11;
        let v13: i64 = v14;
    }
    isize::MAX ^ -7525169163301766420 | 47isize >= rem_isize(if 0b1u16 < p0 { 1isize } else { -256 }, div_isize(7435079384640140307, 7))
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i15 in -3_i32..0 {
        let mut v16 = i15;
    }
    let mut w17 = 0u16;
    let v18: i64 = loop {
        w17 += 1;
        if w17 >= 8 {
            break i64::MAX;
        }
        let v19 = 39_u8 / ((9 & 7) + 1_u8) >> (neg_i16(-16i16) & 7i16);
    };
    let mut v20: i8 = -0b1110;
    ck = mix(ck, f0(true, 59u64) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0b1111111111111111u16, 0usize, 73u64) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
