fn f0(p0: i64, p1: usize, p2: u32) -> u64 {
    let mut p2: u64 = 0o37777i16 as u64;
    println!("hi");
    let mut v1 = if u32::MIN >= 0b11_1_1_0110_11000_01110_101100_101000 { false } else { 65536u32 > 3 };
    p2
}

fn f1(p0: usize, p1: bool) -> i32 {
    if p0 == 0 {
        return 0x25;
    }
    let mut w2 = 0_i32;
    while 2 > w2 && (if false { i64::MIN > 0o130_i64 } else { true }) {
        w2 += 1;
        if p1 | p1 {
            let v3: u32 = 0b1001001;
            let v3: u64 = (0 & 9223372036854775807_u64) + (131071u64 & 9223372036854775807);
            if 1152921504606846976usize >= 0o433112702073537723004usize && p1 {
                break;
            }
        } else {
            let p1: u16 = 3829295201800524228u64 as u16;
            let mut v4 = (0b110100 | 2147483648) - (2147483647u32 & 2_1_474_83647);
        }
        let v5: i64 = 1073741824;
    }
    let v6 = f1(p0 - 1, p1);
    0o0
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f2(p0: usize, p1: u64, p2: isize, p3: i64) -> i8 {
    for i7 in -0x3..=-0o2i8 {
        if !(4167993939_u32 >= 819_1 || -18 == 9_2) {
            let v8: i32 = (f1(p0 & 15, 4u16 <= 7) & 1073741823) + (2147483646 & 1073741823);
        } else if 1_u16 < 3_14_8 {
            let v9 = (u32::MAX & 2147483647_) + (9 & 2147483647u32);
            let v10 = (p2 << (32767_u16 & 63) & 2147483647) * (p2 & 0b1111111111111111111111111111111isize);
        }
        let v11: i64;
        if -32768i16 == 0o11 {
            v11 = -(p3 | 1);
        } else {
            v11 = if 23141i16 < 4005 { 40u8 as i64 } else { p3 };
        }
    }
    print!("y ");
    let v12 = (p1 >= p1) as u8 >> (p0 & 7);
    let mut w13 = 0b0i32;
    while w13 < 0x2_i32 {
        w13 += 1;
        println!("acc {}b,{p2} y: {}", w13 <= w13, (8388607u32 as u32 & 0b11_111111_1_111111_1) * (v12 as u32 & 0b1111111111111111u32));
    }
    let v14 = (p3 < -7) as i16;
    (true || 0x3i8 < 0_i8) as u16 as i8
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let mut w15 = 0o0i64;
    while w15 < 3i64 && 68u16 <= 24 {
        w15 += 1;
        if false && 0o3i8 != i8::MAX {
            return;
        }
    }
    let v16: i32;
    if false {
        v16 = (0o1 & 32767) * (add_i32(79i32, 5_i32) & 32767i32);
    } else {
        v16 = add_i32(f1(8 & 15_, 0o2isize <= 6), 47 / ((-0b110110001110011111101010010 & 7) + 1_));
    }
    if 16i64 as u8 == (6 & 15) * (0 & 15) {
        for i17 in (i16::MAX - 3)..i16::MAX {
            let mut v18 = v16;
            let v19: usize;
            if true {
                v19 = 65535_u16 as usize % (((76 & 4294967295) * (15555475785450307112 & 4294967295) & 7) + 1_);
            } else {
                v19 = 9;
            }
            let v20 = v16;
        }
    }
    let mut v21: u8 = if 0u32 != 0 { 1 } else { 209 };
    f1((2381367320325847212_ & 9223372036854_7_7_580_7) + (47 & 9223372036854775807) & 15usize, 1usize <= usize::MAX);
    let mut v22: usize = rem_isize(0b100110isize, isize::MIN) as usize;
    println!();
    let mut v21: i16 = 3;
    ck = mix(ck, f0(6i64, 3, 8_191) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(3_, true) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0x9usize, 0x9, -256_isize, 1) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}
