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

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, !-8i8 as u64);
    if true && false {
        let mut v12 = 1073741823;
        v12 = v12;
        v12 /= (-8192 & 7) + 1;
    } else {
        let mut v13 = 0usize < 0x1a9f5a90346156de;
        if v13 {
            v13 = -11850i16 > 0o1;
        } else {
            v13 = v13 || v13;
        }
    }
    let mut w14 = 0i64;
    while 4 > w14 {
        w14 += 1;
        let v16: usize = (({ let t15 = 6usize; 7u32 }) as usize | 9223372036854775808usize) - (w14 as isize as usize & 9223372036854775807);
    }
    let v17: usize;
    if !(0x8_u16 < u16::MAX) {
        v17 = if true ^ (u32::MAX > 848045207) { div_usize(1152921504606846975, 12688294418135055588) } else { 18446744073709551614 };
    } else {
        v17 = 1 >> (sub_isize(9223372036854775806, isize::MIN) & 63);
    }
    println!("it");
    let v17 = -1024 >> (27 & 31);
    let v18 = 0o606425041211704035123isize > 32;
    let mut w19 = 0_u16;
    while w19 < 2 {
        w19 += 1;
        if false {
            if v18 {
                break;
            }
            println!("tmp {w19} y = {} x {ck}", -5i32 >> (w14 & 31_i64));
        } else if v18 {
            println!("r {}x,{} out,{},", (ck | ck | 9223372036854775808) - ((ck & 9223372036854775807) + (ck & 9223372036854775807) & 9223372036854775807), ck as u16, ({ let t20 = 0u32; 0u8 }) / (((if false { 0 } else { 7 }) & 7) + 1));
            if ck <= 59 {
                return;
            }
        } else if false || v18 {
            let v21: i32 = v17;
            ck = mix(ck, 12301i16 as i8 as u64);
        } else {
            println!("val: {} out {v18}", if !true { neg_isize(4454668154014959107) } else { 8650866832731251862 & -1575908916261858990 });
        }
        ck = mix(ck, 268435455u32 as usize as u64);
    }
    ck = mix(ck, f0(67) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(128, 294033059) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1(p0: u8, p1: i32) -> u64 {
    let mut w8 = 0_i64;
    while w8 < 0x3i64 {
        w8 += 1;
        let p0 = !(556488415175075759usize >= 6);
        println!("n\\");
        println!("hi {}acc é = {} step: {} q: {}", usize::MIN, p0, p1, p1 as i16);
    }
    let v9: u32 = 1 << (3i8 >> (w8 & 7i64) & 31);
    let p0: usize = div_usize(11, 0) & mul_usize(0usize, 0x6);
    let v10 = (false || true) & (8_usize >= p0);
    { let t11 = -0b1010100i8; 0 }
}

fn f0(p0: u64) -> u64 {
    for i1 in 3u8..8 {
        println!("out,{p0} ck,{}, d {}hi = {p0},", p0, (i16::MAX > 52) as u64 / (((p0 & 0o37777777777) * (p0 & 0b11111111111111111111111111111111) & 7) + 1));
    }
    let mut p0: u64 = p0;
    for i2 in i8::MIN..(i8::MIN + 7) {
        for i3 in 0i64..56 >> (35i16 & 63) & 3 {
            let mut v4 = (9u8 & 127) + (9 & 127);
        }
    }
    let mut w5 = 0u32;
    loop {
        w5 += 1;
        if w5 >= 5 {
            break;
        }
        let mut w6 = 0_u32;
        loop {
            w6 += 1;
            if w6 >= 3 {
                break;
            }
            if -2098319167455658764i64 >= 4611686018427387903 {
                break;
            }
        }
        if -2147483647 >= 1937858592 || 0u16 <= 32768 {
            break;
        }
        println!("it: {}, x {p0}a: {w5}", 255u8);
    }
    let mut v7: u64 = p0;
    v7
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}
