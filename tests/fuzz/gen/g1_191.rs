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

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i32, p1: isize) {
    println!("b = {}x: {}x: {} d: {},", p0, rem_i16(1_i16 << (0x45i8 & 0b1111), 63), u8::MAX < 0xbd, 9_i64);
    for i1 in 0u16..0o5 % ((0b1000111_ & 7) + 1) & 0x7_ {
        println!("hi,{} tmp: {}res,{p0}step,{}", div_i32(p0, 35) << (div_i64(0, 0x1000000) & 0x1f), (0x2ba5i16 == 0x6) as i8, 0x30i16);
        if !true {
            let v2: i32 = p0;
            let v3: u32 = 260812609;
            let p1: i8 = -4;
        } else if !(i8::MAX == i8::MAX) {
            let mut v4: i8 = neg_i8(0b1100000i8 >> (i8::MIN & 0b111));
            v4 *= v4;
            let p0: i64 = 0o2i64;
        } else {
            let p1: u64 = 0x10000000000;
            if true {
                break;
            }
            println!("step");
        }
        let p0 = true;
    }
    let v5: u64 = 7;
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (7_u32 ^ (0 ^ 0b10010001111000110000001101100) << (mul_u8(u8::MAX, 4u8) & 0x1f)) as u64);
    for i6 in 0o0isize..8isize {
        let v7: i16 = !512;
        ck = mix(ck, (((if 0o10i16 > 0x60a3 { sub_u8(0, 157) } else { 0o0 }) & 127u8) + ((0x0 ^ (84 | 80)) & 127)) as u64);
        if ({ let t8 = 0x1u32; 0b11111111111111111111111111111111111111111111111111111111111111i64 }) <= 0o67_i8 as i64 {
            let mut v7: bool = 0xC128821A07114F10u64 == 0x7FFFFFFFFFFFFF;
            println!("res: {} b {}, y: {},", 0b11101011101110111011110000110, v7, mul_usize(usize::MIN, 0b1) as u64);
        } else {
            ck = mix(ck, (i6 as u32 ^ 0b110) as u64);
        }
        let i6 = usize::MAX / ((0x8_0_0_0000000_0000_00 & 7) + 0b1);
    }
    let v9: i64 = -8388608;
    for i10 in 0x2i16..0x3 {
        ck = mix(ck, ((false || 0x937f16bd6ded23dusize == 0x8000_000_000000000) as i32 > -(sub_i32(-0x20000000, -16) | 1_i32)) as u64);
    }
    f0(0o26, 0b111111111111111111111111111111111111111111111111111111111111110);
    println!("ck = {}", ck);
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}
