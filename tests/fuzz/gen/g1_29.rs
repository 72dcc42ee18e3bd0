fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0() -> bool {
    if mul_usize(7, 3usize) < 0 {
        print!("q = {} y,{0} val = {:>.5b}, sum: {0}|", sub_u8(9, 0), 9914505011704974994u64 << (100i64 & 63));
        let mut v1: u8 = 0b1000;
        if neg_i32(2147483647) > 2 {
            let mut v2 = (7 & 0 << (79i64 & 31)) % ((0 & 7) + 1i32);
            let v3: u16 = 578;
            let v1: isize = 2;
        } else {
            let mut v4: u16 = 0x6127;
        }
    } else {
        let mut v5: i8 = i8::MIN;
        {
            if !true {
                return 9u8 != 4 && (9u32 == 0o73) ^ false;
            }
            let v5: u8 = { let t6 = 1i32 as usize; { let t7 = t6; 5 } };
            let mut v5: u64 = 0 % ((4i8 as u64 & 7) + 1);
        }
        println!("v5 = {v5}");
    }
    if 18446744073709551615u64 <= 400851329469777391 {
        return (0x2u64 != 0b1100000u64) | (82 > 206344362);
    }
    println!("y");
    let mut v8: isize = 1;
    sub_i8(126, 63) & neg_i8(-57) >= 0b101
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("z = {}", -8388608i64 ^ 0x7FFFFFFFFFFFFFFF);
    println!("d = {ck} out = {ck}");
    for i9 in 2i64..5 {
        let v10 = ck;
        println!("z,{0:?}ck,{0}", 17u32);
        if 4i16 <= 32766 || ck != ck {
            continue;
        }
    }
    f0();
    ck = mix(ck, f0() as u64);
    print!("b\u{e9} = {0}\n", 128u16 <= 8 || 9i8 >= 127);
    ck = mix(ck, -0o400000000000i64 as u64);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}
