fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: u32) {
    f0(rem_i64(-18, 59), (256i32 < 0o14233310411i32) as u16, 6i16 >= i16::MIN, !0x5dc6);
    for i4 in 0o0u64..=0_u64 {
        f0(sub_i64(i64::MIN, -92233_720_36854_7_7_580_7), 50891_u16 << (6usize & 0xfusize), false, mul_i16(-32767, 0b1111));
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    print!("lo}},{}b = {}out = {} n: {ck} ", -(8 | 1), if !false { 0o17777 } else { 1 << (-16i16 & 0x1Fi16) }, 0x0_i8);
    for i5 in (i64::MAX - 3)..i64::MAX {
        let mut v6 = i5 << (6__u16 & 63);
        let v6: i64 = (0x3e_ & 4611686018427387903i64) - (i5 & 0b11111111111111111111111111111111111111111111111111111111111111i64);
    }
    if 0u16 == 5 {
        ck = mix(ck, 34i64 as u64);
        for i7 in 0i8..=neg_i8(-0b1110111) & 7 {
            println!("k = {}", (62 & 3_2767) * (19_44380937 & 0o77777) != 0 >> (524287 & 3_1));
            ck = mix(ck, !4i64 as u64);
            let mut v8 = (4 & 0o7777777777) - (neg_i32(0b111111111111111111111111111111 << (i7 & 31)) & 1073741823);
        }
    } else {
        if ck >= ck {
            let v9 = 0o1i8 <= 42i8 || 19u32 <= u32::MAX;
        }
    }
    let mut w10 = 0_i32;
    while w10 < 8 {
        w10 += 1;
        let v11 = rem_i64(0b101, 17179869184) + -(add_i64(8, 19i64) | 1);
        let v12: i32;
        if false || 0o5_u16 > 308_63 {
            v12 = sub_i32(w10, 0o3) << (254_u8 % ((0b10000_00_0u8 & 7u8) + 1u8) & 0x1F);
        } else {
            v12 = div_i32(1449682583, !w10);
        }
    }
    f0(0o0, 0b111, false, 0b100i16);
    f1(9);
    println!("ck = {}", ck);
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mul_i16(a: i16, b: i16) -> i16 {
    if a > 0 {
        if b > 0 {
            if a > i16::MAX / b {
                return a;
            }
        } else if b < i16::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i16::MIN / b {
            return a;
        }
    } else if a != 0 && b < i16::MAX / a {
        return a;
    }
    a * b
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0(p0: i64, p1: u16, p2: bool, p3: i16) {
    let v1: u8 = 0x9;
    let mut w2 = 0i32;
    while w2 < 6_ {
        w2 += 1;
        let v3 = w2;
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}
