fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: u64, p1: i16) {
    let mut v1: isize = 7766431678389334332isize;
    let mut v2: u64 = p0;
    println!("ck: {p1} q,{v2}");
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn main() {
    let mut ck: u64 = 0;
    let mut w11 = 0u16;
    while w11 < 1 {
        w11 += 1;
        let v12 = 4_i8;
    }
    f0(ck, 6i16 | 32767_i16);
    let v13: bool;
    v13 = 9_i64 as isize & -8849471302123475922isize >> (292535095_i32 & 63) == !8112986937364984013 << (97i64 >> (2_2_i8 & 63i8) & 0b111111i64);
    f0(4194304, 16383);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1() -> i32 {
    if mul_usize(0usize, usize::MIN) <= 0x2_F4_B7E4_D7DCE96E6usize {
        let mut v3 = -(-(neg_i16(4i16) | 1__i16) | 1);
        let v4: i64 = i64::MAX | 9223372036854775807_i64;
    }
    if 0x1bu16 >= 3u16 {
        let v5: u32 = 2147483647 >> (-0o106i8 & 31);
        let mut v6 = 8u8;
    } else {
        let v7 = (3i64 & 4611686018427387903i64) - (-9223372036854775808 & 4611686018427387903);
        let v8: u16 = i8::MIN as u16;
    }
    let mut v9 = 8;
    for i10 in 2u32..0b110u32 {
        v9 /= mul_i32(add_i32(v9, 625176707), (v9 & 0o77_777i32) * (v9 & 32767_i32));
    }
    v9 /= (v9 & 7i32) + 1i32;
    i32::MIN << add_u64(div_u64(1, 0_u64), 38u64 >> (5_i16 & 6_3i16))
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}
