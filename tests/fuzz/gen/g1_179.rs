fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i64, p1: bool, p2: bool, p3: i32) -> i32 {
    for i1 in -1..0x4i8 {
        let v2: usize = 7090404701919853163;
        if p1 && p2 {
            break;
        }
    }
    println!("acc");
    println!("out,{} step,{}b,{} n\': {}", p2, 0o1_00i8 as i32, u32::MAX as u16, 0x1usize < 0usize && true);
    let v3 = p3 % ((i32::MAX & 0o7) + 1);
    rem_i32(p0 as i32, v3) / sub_i32(4, 2)
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    print!("sum|");
    let mut v4: u8 = 5 << (0b111111111111111111111111111u32 & 0x7);
    if 0x40i8 >= -0b1111111 {
        print!("hi,{}\n", 4102139487u32);
        if (-3_2767i16 > 0x6_b2b) as i64 != sub_i64(6, 0b0) {
            if false {
                ck = mix(ck, rem_i32(i32::MAX, 5) as u64);
            } else {
                ck = mix(ck, (2_14748_364_6i32 << (0b1010101_u64 & 0x1f)) as u64);
                ck = mix(ck, ((0x0u16 & 32767) + (0o60120 & 0b111111111111111) | 1u32 as u16) as u64);
                print!("ck: {}, out {}step = {ck} ck\u{e9} {}|", 4i8 == 0o6_, 0x10i64, 9usize != 0x31fcf8d9713ddcaa);
            }
        } else {
            v4 = 0b11111111;
        }
        println!("n: {}ck{{}},{}, out,{}, d: {},", true != (u64::MAX == ck), 0b11111111111111111111111111111111_i64, f0(0x8_, ck != ck, 9usize < 0o5usize, -2147483648), (0x0_usize | 0o1000000000000000000000) - (0x5e & 9223372036854775807));
    }
    println!("val,{}", f0(8, usize::MIN <= usize::MAX, ck > ck, 0x2) | div_i32(-0x7_3e_e4_0e_9, i32::MAX));
    ck = mix(ck, ck as u64);
    if !(ck != 2097151) {
        return;
    }
    ck = mix(ck, f0(100, true, false, 0x40_0_0000_) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
