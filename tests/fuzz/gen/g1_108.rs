fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: i64, p1: i32) -> u32 {
    let mut v7: u16 = 0x26;
    println!("ck é: {}sum = {p0}", true);
    (({ let t8 = 1usize as u32; { let t9 = 0o11i16; 0x6 } }) & 65535) * (!((0b0u32 <= 5u32) as u32) & 65535)
}

fn f0(p0: i32) -> u8 {
    if p0 == 0 {
        return 0x0;
    }
    let v1: u16 = 0x0;
    let v2: u64;
    let v3 = false;
    v2 = !549755813888_u64;
    if 0o5_u32 < 0x6 {
        let v4: isize;
        if false {
            v4 = 0x7isize;
        } else {
            v4 = sub_isize(0o1, 0b10);
        }
        if v3 {
            return div_u8(0x65 & 84, u8::MAX | 74);
        }
        let mut v5: bool;
        if v3 {
            v5 = 0x7fffffff < 0b1111111001101011000000010101001;
        } else {
            v5 = v3;
        }
    }
    let v6 = f0(p0 - 1);
    v6
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v10 = !(0o0u64 != 0o7);
    if v10 {
        let mut v11: i64 = (i64::MIN & 0o377777777777777777777) + (i64::MIN & 0o377777777777777777777);
        ck = mix(ck, 0x23isize as u64);
    }
    for i12 in -1i64..2 {
        let v13 = u64::MAX;
        let mut v14 = f1(i12, 0x36);
    }
    println!("sum");
    println!();
    ck = mix(ck, f0(0xB) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(-0b101111100010110100011110010001101100101111001010010101110111000, 0x61) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
