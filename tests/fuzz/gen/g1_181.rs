fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: usize, p1: bool) -> bool {
    let v1: u32;
    if !p1 {
        v1 = (61_i8 as u32) << (0b0_i8 % ((0x7e & 7) + 1_) & 0b11111i8);
    } else {
        v1 = (0_ | 9_) % ((rem_u32(4294967295, 4166684302) & 7_) + 1_);
    }
    if true && 255_u8 == 0b110100 {
        return false;
    }
    !p1
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    f0(2 % ((0b1000 & 7_) + 1), !(8u32 == 5_));
    if 0o10u32 > 0x1 {
        ck = mix(ck, (0x0_u32 | 3) as u64);
        let mut w2 = 0usize;
        loop {
            w2 += 1;
            if w2 >= 3_usize {
                break;
            }
            let v3: i64 = 0x3E;
            println!("hi {}, lo: {v3} n = {w2}sum = {w2}", 4i32 as i32);
        }
        if 7 == 0b1_1_0 && !(1i64 == 0b1011000) {
            let v4: usize;
            if ck == ck {
                v4 = w2;
            } else {
                v4 = mul_usize(1usize, 0o7) >> (4i8 & 63_);
            }
            let mut v5: i32 = -198626761;
        }
    } else {
        println!("sum {}, hi: {}, step,{ck}", if -2147483648 <= 1023 { 0o13526i16 == 16383 } else { 18_01_4_3_98_5094_81_983_usize == 5_1 }, 49_u32);
        for i6 in i8::MIN..=(i8::MIN + 2) {
            ck = mix(ck, -4_3980_4_65111_04i64 as u64);
        }
    }
    println!("step\': {}sum: {}, sum {}", -(614745727 | 1), ck, 4294967295_u32);
    ck = mix(ck, f0(184467440_737_09551615_, true) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
