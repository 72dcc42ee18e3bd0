fn f1(p0: i32, p1: u16, p2: bool, p3: u32) {
    let mut w9 = 0x0_usize;
    let v10: i32 = loop {
        w9 += 1;
        if w9 >= 0o10 {
            break 1 & p0;
        }
        println!("n {:#20}", p0 % (((p0 & 32767) * (p0 & 0x7fff) & 7i32) + 0x1i32));
        if !p2 {
            continue;
        }
    };
    println!("res = {:+0}, x: {0:16}", -32768i64);
    print!("ck {p3::>10}res {:9} sum: {:.0X}, n {}\n", 64u8, -0o7_i64 >> (v10 & 63), p2 as i64);
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w14 = 0i64;
    while 3 > w14 {
        w14 += 1;
        ck = mix(ck, (-127i8 ^ 42) as u64);
        f1((i32::MIN & 0b11_11_111_111111111_1_11111_11111_1_11_i32) - (-2147483648 & 1073741823), 38, true == (0x6i8 == 0o1), mul_u32(0o7350701220u32, 0xffffffff));
    }
    let mut v15 = 6_usize;
    println!("b {w14}, z,{}y = {1::<6b} ck: {v15:#o}", true, 2_u8);
    println!("k = {ck:=<+#016x}");
    f0(v15, if v15 != v15 { -1448408742 } else { 0x0 });
    v15 = v15;
    v15 = 18446744073709551614usize;
    ck = mix(ck, f0(5, 0x7i32) as u64);
    println!("f0 = {}", ck);
    f1(-512, 65534, true, 0b110001001010110000111110100111_);
    ck = mix(ck, f2(7u8) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f2(p0: u8) -> bool {
    if p0 == 0 {
        return 79_u32 == 0o11 || 3i64 > 0b1000;
    }
    if 2147483648u32 >= 0o11u32 {
        return 9223372036854775806i64 as i16 == 27u32 as i16;
    }
    let mut w11 = 0u16;
    while 8 > w11 {
        w11 += 1;
        if 0b11111111u8 > 4u8 {
            continue;
        }
        let v12: i32 = 0o123;
    }
    let v13 = f2(p0 - 1);
    !v13
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: usize, p1: i32) -> i64 {
    let mut p0: u8 = 92;
    let v1 = (7344705303141864201_u64 | 0) as u64;
    if 2_i64 >= -5614836710929552545 && u64::MIN > v1 {
        let mut v2: u64 = v1 & v1;
        let p0: bool = (3i16 >> (0u16 & 0o17) < div_i16(2i16, 19320i16)) | false;
    } else {
        println!("q,{} n = {:>0} val = {:12},", 4u16, (8isize >= 9isize) & !(21i64 > 0x2000), 262143u32);
        p0 >>= 0b1001usize as i32 & 7_i32;
        let v3: bool = false && false;
    }
    for i4 in 5_u8..9 {
        let v5 = sub_i64(4, 0x17);
        let v5 = 10i16;
        p0 = p0;
    }
    if 69i64 <= -8627271860054834896 {
        p0 &= !77 % ((p0 & 7) + 1u8);
        let v6: i64 = 8149163160582874639 >> (0b1_u8 & 63);
        p0 /= (div_u8(p0, p0) & 0o7) + 1u8;
        let v7 = p0;
    } else if -32768_i16 < 0o5i16 || v1 != v1 {
        p0 = p0;
    } else {
        let mut v8: u64 = sub_u64(0_u64, v1);
        println!("ck: {v1}, it: {}d,{} ck = {1:4}hi,{:#}", 18014398509481983_i64, !(0o66usize < 2), -382_852_3_4_674_28_888469i64);
        p0 = if 0x1i16 <= 0x568D { 1 >> (0x3_D_i16 & 7i16) } else { p0 };
    }
    div_i64(1i64, 1) as i16 as i64
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
