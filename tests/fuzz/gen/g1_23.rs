fn f0(p0: bool) -> bool {
    for i1 in 0b0..=0x4usize {
        let v2: i32;
        if 0x10_u8 >= 0b0 {
            v2 = (!i32::MAX & 0o777777_7_7_77_) - (0x3 & 1073741823);
        } else {
            v2 = 0x8 | 0x8 & -0o13574576155;
        }
        if p0 && v2 < v2 {
            break;
        }
        let mut v3: u8 = !0x0;
    }
    let v4 = (sub_u32(0, 0x6) & 0b1_1_1_1111111_1111_11) * (div_u32(0x7, 0o1) & 65535);
    println!("acc{{}} = {v4}lo: {},", add_u8(1, 0o0));
    if rem_u16(0o45352, 0) > 7__u32 as u16 {
        let mut v5 = 0b111;
        let mut v6 = mul_i64(0b10, 0b111111111111111111111 % ((0x8 & 0o7) + 0x1));
    } else if 0b100100u64 <= 288230376151711743 {
        println!("r,{p0}");
        let v7: u8 = 3;
    }
    (if p0 { 0x2 >= 0x4c } else { 0x6u8 <= 0o127 }) || (p0 && true || 0b1001010u8 != 8_)
}

fn mul_i64(a: i64, b: i64) -> i64 {
    if a > 0 {
        if b > 0 {
            if a > i64::MAX / b {
                return a;
            }
        } else if b < i64::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i64::MIN / b {
            return a;
        }
    } else if a != 0 && b < i64::MAX / a {
        return a;
    }
    a * b
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w8 = 0x0_u32;
    loop {
        w8 += 1;
        if w8 >= 0o1 {
            break;
        }
        if !true {
            return;
        }
        if 0x9 < 3_9 && 26i16 >= -4 {
            return;
        }
        let v9 = i8::MAX;
    }
    println!("tmp,{}, a = {ck}hi{{}}: {ck} y {}", 0o0usize, 36028797018963968_i64 == 0x2);
    f0(f0(0x17__u8 < 0b1000_));
    println!("val {}a,{} k = {}out = {}", isize::MAX << (9isize & 63) | 5 >> (-3_5i8 & 0b11_1111), 0x5i64, !true, ck <= ck);
    let mut v10: u8 = 0o7;
    ck = mix(ck, f0(false) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}
