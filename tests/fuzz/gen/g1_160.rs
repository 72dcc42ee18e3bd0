fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
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

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w4 = 0o0u16;
    loop {
        w4 += 1;
        if w4 >= 4 {
            break;
        }
        if true && false {
            continue;
        }
    }
    ck = mix(ck, -1024i32 as u32 as u64);
    let mut w5 = 0_u32;
    let v6: i32 = loop {
        w5 += 1;
        if w5 >= 3u32 {
            break -16384;
        }
        {
            ck = mix(ck, ((0usize & 0b111111111111111111111111111111111111111111111111111111111111111) + (3usize & 0o777777777777777777777)) as u64);
            let mut w5: i64 = 0o377777777777777777777;
        }
        for i7 in 1usize..9usize {
            ck = mix(ck, i8::MAX as u64);
        }
        println!("x\t {:.5}, y: {:#X}, out {ck:16x}", ck, (w5 as i64 & 4_611_6860_18_42738_7903) - ((0x415C392371D15B07 & 4611686018427387903) + (3_i64 & 4611686018427387903) & 4611686018427387903_i64));
        let ck: bool = 0usize >= 8;
    };
    {
        f0(0x2i64 ^ 72, (w4 | 32768) - (w4 & 32767u16), (v6 <= v6) as u8, if false { 0b0_ } else { 30u8 });
        let w5: u8 = 0b1111111;
    }
    if !(9_isize != isize::MIN) {
        let mut v8: i64;
        let v9: isize = if -4096i64 != 5430160448660173161i64 || ck >= 18122092461621826022 { !0x8 } else { 9223372036854775806isize / ((1isize & 0o7_isize) + 0x1) };
        v8 = 0x47a690b9a2a323b5;
        for i10 in 0u32..(w5 & 65535_u32) * (w5 & 65535) & 0x3 {
            let mut w11 = 0i32;
            while w11 < 0o5 {
                w11 += 1;
                ck = mix(ck, f1(w5, true || true || -17179869184isize >= -9223372036854775807isize) as u64);
                v8 /= (1 & 7_) + 0o1;
            }
        }
        v8 /= ((v8 & 0o377777777777777777777) - (9i64 & 0x3F_F_F_FF_FFFFFFFFF_Fi64) & 7) + 0b1i64;
    } else {
        let v6: u16 = w4;
        ck = mix(ck, w5 as u64);
        let v12: u8 = 50;
    }
    f1(div_u32(0o0, 4), 96i16 >= i16::MIN);
    ck = mix(ck, f0(5i64, 56u16, 34_u8, 0x7F) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(4294967295, false) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1(p0: u32, p1: bool) -> i64 {
    {
        let mut p1: i16 = if p1 { -32767_ } else { -32767 };
    }
    println!("p1 = {p1}");
    f0(div_i64(-9223372036854775808, 0i64), if p1 { 3 } else { 60 }, i32::MAX as u8, 6u8 as u8);
    println!("x,{:4b} out: {0:>o} hi = {:+00}, lo\t,{p0:😀^#} acc,{2:>^08},", (0x3u64 & 4294967295) * (0o0 >> (u8::MIN & 63_u8) & 4294967295), i16::MAX, 32767i16 ^ 0x1i16 <= -64_i16 ^ 6);
    if !p1 {
        return sub_i64(0b111111111_1111_111111_11_111 & i64::MIN, neg_i64(0b1001001));
    }
    div_i64((if p1 { 0x7i32 } else { 6_i32 }) as i64, -(u8::MAX as i64 | 1))
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: i64, p1: u16, p2: u8, p3: u8) -> i32 {
    if 0o11_u16 != p1 {
        let v1: u8 = 0;
        let v2 = 1073741824 != -795860105i32;
        let p3 = p0;
    } else {
        let mut v3: i64 = -(p0 | 0o1_i64);
    }
    println!("x\' = {:*>?} d = {:#1X}, d,{} out é {p0}", -128i8, div_usize(37usize, 0o0), p3);
    sub_i32(-1925706197_ << (0o5u16 & 31), if 13727145477415882067usize != 1034003161858136563 { 89i32 } else { -714179543 }) as i32
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
