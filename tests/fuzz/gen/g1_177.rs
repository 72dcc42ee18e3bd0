fn f0() -> i32 {
    let mut w1 = 0b0u8;
    let v2: i8 = loop {
        w1 += 1;
        if w1 >= 0x8 {
            break if 21 <= 0o5 { -47i8 } else { 0b1000000_ };
        }
        if !(0u8 != 6u8) && 0o5__u64 <= 0 {
            let mut w3 = 0b0_i32;
            loop {
                w3 += 1;
                if w3 >= 2i32 {
                    break;
                }
                if 0x87EC0_8ADu32 <= 2_89_57_38_256 {
                    return 0x11;
                }
                println!("res: {0} hi,{1}lo {{ok}},{2}", 0x6081fae2c3b919e7u64, u64::MIN, (0b100110101101010000010110001111011101110101111011100110000100101usize & 4294967295) * (15 & 0xffff_f_f_ff) > (8589934591 & 4294967295) * (8usize & 4294967295));
                let v4: u8 = 0b11010;
            }
        } else if true {
            let v5: u64;
            let v6 = sub_usize(2, 1328239292888952690);
            let mut v7: u8 = 0b100_011;
            v5 = 0u64 << (0o0_u64 & 6_3u64);
        }
        let v8: bool = usize::MIN > 78usize;
        let v9: bool;
        let c10: isize = 0b1000;
        let c11 = 274877906944 - c10;
        let c12 = c10 >> 0b101001i64;
        v9 = v8;
    };
    let v2 = (if 5u16 == 0 { 51_4675_2_1_65_0_99_04435_2u64 } else { 0 }) & 5;
    for i13 in u32::MIN..0x7_u32 {
        for i14 in 2_u8..3 {
            let mut v15 = sub_usize(add_usize(0x9, div_usize(4528213493311312944, 18446744073709551615)), if i14 >= w1 { 13098271787669201169usize ^ 81usize } else { 0b1100100usize });
            let v16: u8 = 0o0;
        }
    }
    let v17 = if (if false { 32766i16 == -32768 } else { 0x36_u32 <= 0 }) { (2i8 & 7) * (0x6 & 7i8) } else { rem_i8(7, 6) };
    ({ let t18 = v17; 5i32 % ((-2147483647 & 7) + 0o1i32) }) >> (((if 8i64 == 1_i64 { 5 } else { -14 }) & 32767) * (-60371_1_24_6_6_6_05_26_1947_i64 as i32 & 32767) & 3_1_)
}

fn f1(p0: u64, p1: i32, p2: usize) -> i8 {
    let mut v19 = p1;
    v19 = 0o17777777777;
    v19 <<= sub_isize(neg_isize(4isize), 0b100000i8 as isize) & 0b1111_1;
    for i20 in 1_i64..7 {
        v19 %= (-8192 & 0o7) + 1i32;
    }
    v19 &= v19;
    4
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
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
    let v21 = 0x4u64;
    let v22: bool = ((if 7u32 <= 0b10110011111101101010010101111010 { 2usize } else { 0x9usize }) & 9223372036854775807) + (0x2isize as usize & 0x7fffffffffffffff) > 0x2;
    for i23 in i32::MIN..(i32::MIN + 0b101) {
        let v22: i8 = 9;
    }
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(3, 0o6, 0b1_01_111_1) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
