fn f0(p0: usize) -> i64 {
    if p0 == 0 {
        return !sub_i64(3_0_3113_568912_50076_91_i64, i64::MIN);
    }
    let v1: u64;
    for i2 in (i16::MAX - 3)..i16::MAX {
        let c3: i64 = 13;
        let c4: i64 = c3 >> 31u8;
        let c5: i64 = c4 / 9223372036854775807;
        if -0b1010100010110010001111101111000 == 1 {
            break;
        }
    }
    let v6 = ((if -2_i8 > 3 { 8534113347580650949_usize } else { 181_01260_744435914286 }) & 4294967295usize) * ((2_usize ^ 16usize) & 429_4_967_295usize) >> ((if true || false { 39i32 } else { i32::MIN % ((1073741823_i32 & 0o7i32) + 1) }) & 63);
    v1 = (0o0 & 4294967295u64) * ((if false { 896524499293780154u64 } else { 11682565778093850791_ }) & 429_4967_2_95);
    let mut v6 = sub_isize((0isize != 8) as isize, (v1 == v1) as isize);
    for i7 in 5u64..13 {
        if i16::MAX >= 0 || 10usize >= 1152921504606846976usize {
            break;
        }
    }
    let v8 = f0(p0 - 1);
    v8
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f1(p0: u64) -> u16 {
    let c9: u16 = 1_6;
    let c10 = !c9;
    let c11 = c10 | c10;
    println!("acc,{} sum {{ok}},{} n {c10}", p0, -9_5i8 < i8::MAX);
    println!("z");
    c10
}

fn main() {
    let mut ck: u64 = 0;
    let v12: i32 = 3;
    ck = mix(ck, (2_isize > -5179363104591332309 || true) as usize as u64);
    let mut v12 = -2147483648;
    let c13 = -3i32;
    let c14 = c13 | 285094032i32;
    let c15 = !c13;
    let mut v16: u32 = 8;
    println!("k = {c13}, out,{:+16}, n: {:#b}a {}y = {}", (i32::MIN & 3_2767_i32) * (131072 & 32767i32), 0o17_77777_7_777_77_7_777_77_776usize, 8isize < -92_23_3_72_03_6854775_8_08, 0b10_00isize);
    v16 = u32::MAX;
    ck = mix(ck, 1_u8 as u64);
    ck = mix(ck, f0(4_usize) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(1) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
