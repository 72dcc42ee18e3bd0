fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v8: bool = ((false || false) != true) ^ (!(0x3i8 < 0x7_f) || !true);
    if v8 {
        return;
    }
    let mut v9 = rem_u32(add_u32(mul_u32(5u32, 65536u32), (9 | 0x80000000) - (0x3 & 0x7FFFFFFF)), (0b0 ^ 869639723u32 | 0x80000000) - ((1 ^ 0) & 2147483647));
    let mut v10: i64 = (neg_i64(-0b111111111111111111111111111111111111111111111111111111111111111) & 0x3FFFFFFFFFFFFFFFi64) + (0b11 % ((0o11 & 7) + 0b1) & 4_61168_6_0_18_4_27387903);
    let mut v10 = 4;
    v9 = add_u32(1976902265u32, v9 ^ v9) - v9;
    f0(254, 0b100, 0x0, 0b1001);
    ck = mix(ck, f1(0b1_000) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: u8, p1: i32, p2: usize, p3: u32) {
    let mut p0 = (72 % ((100 & 0x7_isize) + 1) & 0x3FFFFFFFFFFFFFFFisize) - ((0xd & 0x7fffffff) * (-0x2000000000isize & 0x7_f_f_fff_ff_) & 4611686018427387903);
    let mut p3: i16 = i16::MAX;
    let v1 = 255u64 != 5;
}

fn f1(p0: u64) -> u8 {
    if p0 == 0 {
        return mul_u8(7 >> (0b11_11u8 & 7), 0x0u8 / ((0o0 & 0x7) + 0x1u8));
    }
    let mut w2 = 0i32;
    let v3: u8 = loop {
        w2 += 1;
        if w2 >= 3 {
            break rem_u8(254, 102);
        }
        for i4 in -0o2..-1_i8 {
            let v5 = ((-0x10000_0 & 0x3fffff_fffffffff_f_) - (0b1000000000000000000000000000000000000000000000000000000000 & 461_168601_842_7_38_7903)) / ((-(0x7 | 1) & 7) + 1) / ((0i64 & 0b111) + 0x1);
        }
        if (0b1_1_111u8 > 106) != (27254i16 <= -0b111001001001010) {
            continue;
        }
        let mut v6: i32 = w2;
    };
    let v7 = f1(p0 - 1);
    (div_u8(v7, 0o10) ^ v7 / ((v3 & 7) + 0o1_)) - v3
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}
