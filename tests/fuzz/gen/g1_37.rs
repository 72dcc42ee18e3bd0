fn f0() -> i32 {
    println!("it = {}", !((67108863_isize & 4611686018427387903_isize) - (2305843009213693951 & 4611686018427387903)));
    let mut v1 = (0u32 != 0u32) == false;
    v1 ^= 9_2233720368_5_477_580_8u64 <= 46u64 && v1;
    i32::MIN
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i2 in 0x2u32..=5 {
        ck = mix(ck, ((1448747818158145190i64 & 4611686018427387903) + (0o5 << (-23983i16 & 63) & 0b11111111111111111111111111111111111111111111111111111111111111) | ck as i64) as u64);
        let mut v3: i32 = add_i32(-982422769, -(add_i32(38, i32::MIN) | 1));
    }
    let mut w4 = 0x0_usize;
    let v5: u32 = loop {
        w4 += 1;
        if w4 >= 8 {
            break 3 & 7_;
        }
        if 32i16 == 16384 {
            continue;
        }
    };
    if true {
        let v5 = add_u8(6_u8, 8) as u16;
        if 58u32 <= u32::MAX {
            return;
        }
        ck = mix(ck, (if 64i8 > 113 && v5 != v5 { 5i8 ^ -128 } else { neg_i8(0) }) as u64);
    } else {
        println!("r {ck}b,{}z,{}", ck, !(i32::MAX <= 5_i32) && (if true { 4_39804_651110_4i64 != 7 } else { false }));
        f0();
        ck = mix(ck, ck as i32 as u64);
    }
    println!("hi{{ = {}", 1);
    println!("it {}, lo {}", 549755813887u64 >> (div_i16(72, 81) & 63), div_usize(6_i32 as usize, rem_usize(w4, 0usize)));
    println!("step,{} it: {w4} ck,{}", v5 >= 0x4, i64::MAX);
    println!("b,{ck}, res,{}", (13u8 ^ 254u8 | 0x80u8) - (8 / ((222u8 & 7) + 1_) & 127));
    ck = mix(ck, 7i8 as u64);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}
