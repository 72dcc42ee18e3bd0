fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v19: i8 = neg_i8(2isize as i8) & -127_i8;
    let v20: i32;
    v20 = 0o2i32 << (70368744177664i64 & 0x1f);
    let mut v21: i32 = ((if !(v19 > v19) { v20 ^ v20 } else { sub_i32(v20, v20) }) & 1073741823) + (v20 & 0x3fffffffi32);
    println!("ck,{v20}, d {}, lo: {:*<06}ck: {v19}", i64::MIN, ck);
    let mut v22: u32 = 254u8 as u32 & mul_u32(5, 0x8_7C_8805_1);
    ck = mix(ck, f0(0b11, 0b10_0u32, 5787015135488284018) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0b0) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2() as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: u8) -> i8 {
    let p0 = 0b111111111111111111111111 == 1i32 && -2655127011443978982_i64 >= 0o133;
    if p0 {
        let v7 = ((0b10isize ^ 4_isize) as i32) << ((-5146137656399123008isize / ((-262144isize & 7) + 1isize) ^ 4611686018427387904isize & 55) & 31_isize);
        println!("tmp = {v7}val {}", !mul_i64(-110533086702923179i64, 1i64));
        let v8 = 0i32;
    } else {
        let mut v9 = -0b1001i64;
        let mut v10 = 2i16;
        let v11: u64 = 0x0;
    }
    let mut v12: usize = mul_usize(3, 9usize);
    let c13: isize = -7;
    let c14: isize = c13 - 5isize;
    -(15_i8 | 1_i8)
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f2() -> i64 {
    let mut v16 = !({ let t15 = 7438u16; 0o12u32 & 256 });
    println!("a");
    for i17 in -3isize..=-0o1isize {
        let mut v18: u8 = 2;
    }
    0b11111111111111111111111111111111111111111111111111111111111111i64
}

fn f0(p0: usize, p1: u32, p2: i64) -> i8 {
    if p0 == 0 {
        return ((-43 & 0b111111i8) - (0o5i8 & 63i8) & 63i8) - ((-34 | 3i8) & 63);
    }
    if 2u32 > 2u32 {
        let v1: u8 = 2 >> (1u8 & 0b111);
        let v2 = 141819014i32;
    } else {
        let v3 = 0x0u8 as i32;
        let v4 = 0b1000000000000000000i32;
    }
    let v5 = f0(p0 - 1, p1, neg_i64(p2));
    { let t6 = sub_i8(4_i8 ^ 0b1000i8, i8::MAX); v5 }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
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

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}
