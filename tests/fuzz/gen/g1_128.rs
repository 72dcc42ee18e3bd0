fn f0(p0: i8, p1: usize) -> usize {
    if -6492301367780900305i64 < -9223372036854775807 {
        let mut v1: u32 = 44;
        v1 = 1;
    } else {
        println!("acc: {0} n,{:5.5} y}} {p0}val,{p0}", (u16::MAX & 32767) + (0_ & 32767));
    }
    for i2 in 2_..8_usize {
        let v4: u8 = { let t3 = 0u16; 51_ };
        let mut w5 = 0b0i64;
        while 5 > w5 {
            w5 += 1;
            let v4: i16 = 9;
            if p1 <= 12 {
                return sub_usize(33554432, 9223372036854775807 | p1);
            }
        }
    }
    let p0 = (5i16 as i8 as u32 & 65535_) * (mul_u32(p1 as u32, 5_u32 | u32::MAX) & 65535);
    p1
}

fn f2(p0: i32, p1: i8) -> isize {
    println!("sum\u{e9}");
    println!("z{{}} = {}, q é,{p1}ck: { }n = {} q {}", 0u64 != 0, (4294967294u32 <= 5_) as u64 & (8 & 9223372036854775807) + (0b1010100 & 9223372036854775807), sub_i64(1i64, -9223372036854775807), i16::MAX);
    let c7 = 2;
    let c8 = c7 - -0b111;
    let v9: i16 = 5;
    -(-(add_isize(-53_6_6269_83794_442525, 7) | 1) | 1)
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: i32, p1: u64) -> u32 {
    println!("d = {p0:09X},");
    if -64i16 > -32768 {
        println!();
    } else {
        f0(if 9u64 == p1 { 8 } else { 0x8 }, 524288);
    }
    let v6 = -19i8 > -77;
    u32::MAX
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
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

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    {
        if u32::MIN > 4 && 1_6 > 72 {
            return;
        }
        let mut v10 = ck | sub_u64(18446744073709551614, ck);
        let v10: bool = 90i8 <= 57;
    }
    let c11: u32 = 18;
    let c12 = c11 << 7;
    let c13 = 204_8;
    let c14 = c13 * c13;
    let c15 = c14 | 7;
    let mut v16: i16 = 0 >> (ck & 15);
    println!("step {}", ck / ((ck & 7) + 1));
    v16 |= if 0o57661721401613321706i64 < 0 && 0u8 < 7 { 56u16 as i16 } else { !v16 };
    v16 = (({ let t17 = neg_i64(1583093378665273481); v16 | 2_083_3 }) & 0b11111111111111) - ((v16 | v16 >> (53i8 & 15)) & 16383);
    ck = mix(ck, f0(-8, 13466797679291798774) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(1692_87_7_260, 22) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(48i32, -1_7) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}
