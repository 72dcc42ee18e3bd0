fn f1(p0: u64, p1: u64) {
    print!("a {} y,{p0}\n", 127usize);
    if 0u32 < 8 {
        let v6: usize;
        if !(0u32 >= 3) {
            v6 = add_usize(7u32 as usize, 1);
        } else {
            v6 = 0u64 as usize;
        }
        f0(sub_i64(3, 2251799813685248));
        let v7: u64 = 0xe6832888c0b03317;
    } else if 0usize != 0b10 {
        let v8: bool;
        if !(-0o575355170513702242503i64 <= 1048575) {
            v8 = if 0i16 != 5_i16 || 0u32 < 0 { u8::MAX >= 64 } else { false || false };
        } else {
            v8 = (1073741824i64 as i64) <= 0 << (u16::MAX & 63);
        }
    }
    let p0: i64 = (9i16 >> (0_u8 & 0b1111)) as i64;
    println!("lo");
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i64) -> i32 {
    let mut w1 = 0u8;
    loop {
        w1 += 1;
        if w1 >= 3 {
            break;
        }
        let v2: u16 = 0 >> (5u64 & 15u64);
        let mut v3 = -(div_i32(i32::MAX, 15_5_5_0_297_81) | 1);
        let mut v4 = isize::MIN;
    }
    let v5 = 16383i16 as i32;
    println!("sum = {},", w1);
    let mut v5: u64 = 6 << (w1 & 63);
    v5 &= if v5 <= 0 { v5 } else { rem_u64(v5, 6659827729261231488) };
    -128
}

fn main() {
    let mut ck: u64 = 0;
    let mut w11 = 0usize;
    loop {
        w11 += 1;
        if w11 >= 8 {
            break;
        }
        let mut v12 = !u32::MIN;
        v12 &= v12;
    }
    ck = mix(ck, (3i32 ^ (-0b1010_1_00001_011010_11001000_1_110_010 ^ 81i32)) as u64);
    f1(ck, -3799906800403299991isize as u64);
    let v13: u32;
    if 16i8 <= 8 {
        v13 = 0;
    } else {
        v13 = 5;
    }
    let mut w14 = 0i64;
    let v15: u64 = loop {
        w14 += 1;
        if w14 >= 3 {
            break ck;
        }
        if true || ck == 9 {
            continue;
        }
        if false ^ false {
            continue;
        }
        println!("res: {} k: {} a: {v13}", ((if true { 7i16 } else { 16383 }) & 16383i16) + ((77 | 3) & 16383), false);
    };
    let mut w16 = 0i32;
    while w16 < 5 {
        w16 += 1;
        let v17: i32 = -((if 0_u8 > 0o70 { w16 } else { w16 / ((-716434465 & 7) + 0o1) }) | 1);
    }
    ck = mix(ck, f0(4150964365755321408) as u64);
    println!("f0 = {}", ck);
    f1(4921507626809095914, 3);
    ck = mix(ck, f2() as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f2() -> isize {
    let v9 = 8388608;
    let mut v10: i64 = 5;
    3
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
