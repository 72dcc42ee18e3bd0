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

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: i16, p1: u32, p2: u32) -> usize {
    let mut p0: i8 = -2;
    let mut p2: i16 = 32766;
    let mut p2 = 6i32;
    div_usize(0o1, ((55 & 4294967295usize) * (7 & 4294967295) & 9223372036854775807) + (2147483648 & 9223372036854775807usize))
}

fn f3() -> u8 {
    f2(if 3i16 > i16::MIN { 1254224326 } else { 2381677506u32 }, 0 >> (782995769992964114isize & 63));
    let mut w9 = 0i32;
    while w9 < 4i32 {
        w9 += 1;
        f0(-2 | 8, 6 >> (128u8 & 31u8), 8u64 as u32);
        let c10 = 9;
        let c11 = !c10;
    }
    0u8
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: u32) {
    let mut v1: i64 = 4611686018427387904;
    println!("q");
    println!("d {} z,{}", -10isize % ((-9223372036854775808 & 7) + 1), 4);
    v1 = v1;
    println!("out {}, q {p0:020?} sum = {}, hi = {}", -2063582562403023751i64 != v1, 5i8 <= 100 && 25isize >= 3, u16::MAX);
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f2(p0: u32, p1: u64) -> u64 {
    for i2 in -3..=0_isize {
        let v3: i32;
        f1(p0);
        v3 = 20 | 3;
        let v3: u16 = 8;
    }
    for i4 in 0u8..=(96 | 128) - (0x2 & 127) & 15 {
        if !(0usize == 0o4) {
            break;
        }
        if 9223372036854775808usize <= usize::MIN {
            let p0: i32 = neg_i32(38i32 ^ -14);
        }
    }
    if !false {
        let mut v5: i16;
        f0(mul_i16(3192i16, 58), p0, p0);
        let mut v6: bool = (if 9 < 1073741823 { 0u16 } else { 1u16 }) >> ((335i16 > -0o12i16) as u64 & 15u64) <= 7 / ((0u16 & 7) + 1) ^ 0o40211;
        v5 = mul_i16(rem_i16(-32768 >> (40i64 & 15), (12543 & 16383i16) - (2i16 & 16383)), (86u8 > 183) as i16);
        print!("d{{: {} it = {},|", 3i64, (8i64 & 4611686018427387903) - (0 & 4611686018427387903));
        for i7 in 4..=7u8 {
            let mut v8 = div_u32(p0, p0);
        }
        let v6: i8 = 23;
    }
    1u8 as u64
}

fn main() {
    let mut ck: u64 = 0;
    let v12: i64 = 6646317353010936092 | 9 << (416670601 & 63);
    print!("b ");
    let v12 = (if v12 > v12 { v12 } else { v12 }) >= v12;
    println!("d");
    ck = mix(ck, f0(83, 2816583089u32, 906967u32) as u64);
    println!("f0 = {}", ck);
    f1(4294967294);
    ck = mix(ck, f2(8, 18446744073709551614) as u64);
    println!("f2 = {}", ck);
    ck = mix(ck, f3() as u64);
    println!("f3 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
