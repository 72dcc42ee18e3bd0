fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: i32, p1: u8) -> u8 {
    let mut v2 = { let t1 = 0u8; -115_i8 & i8::MAX };
    v2 = add_i8(v2, v2);
    (p1 | 128u8) - ((8_u32 > 5) as u8 & 127u8)
}

fn f1(p0: isize) -> i32 {
    if 524288u32 > 268435455u32 {
        return (0_i32 & 32767i32) * (0 & 48 & 32767i32);
    }
    if 58usize == 2 {
        let v3: usize = mul_usize(59usize, 13) >> (1usize & 63);
        let v4 = div_i8(rem_i8(70i8, 5), i8::MIN) | -(32768u16 as i8 | 1);
    }
    (if 9223372036854775808u64 == 268435455_u64 { 2 } else { 0x8 }) | 0x7Ei8 as isize as i32
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("x,{ck} val{{ {}", !(65535u16 != 73u16));
    println!("z,{}", 4u8);
    ck = mix(ck, i64::MIN as u64);
    println!("it {}, val {ck}", f1(-9223372036854775808));
    if true {
        print!("it {}, out = {ck} acc = {ck} ", 7isize <= 0b1000000000isize || i32::MIN != 0o7);
        f1(neg_isize(isize::MIN));
        let v5 = -2147483647;
    }
    let mut w6 = 0u8;
    loop {
        w6 += 1;
        if w6 >= 3 {
            break;
        }
        ck = mix(ck, w6 as u64);
        let v7 = (ck | 9223372036854775808u64) - (ck & 9223372036854775807u64);
        if 84i64 >= -2236581626357854873i64 {
            break;
        }
    }
    ck = mix(ck, f0(29i32, 72u8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(8isize) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
