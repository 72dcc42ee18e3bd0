fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
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

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (14isize != -140737488355328 || 2147483648_u32 != 0) as u64);
    if 0o21i64 < -9223372036854775807 {
        return;
    }
    let mut v10: i16 = !8191 / ((0o20 & 7) + 0o1);
    v10 = v10 & (v10 | 6);
    ck = mix(ck, f0(8, 155, 91) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(18, -7, 5, 16384) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u64, p1: u8, p2: u32) -> isize {
    let mut v1: u16 = if false { 9 } else { 10 };
    let v2: i64 = 0o3777777777;
    v1 <<= -67108864_isize / ((3 & 0x7) + 1) & 0xF;
    let mut w3 = 0u32;
    while w3 < 1 {
        w3 += 1;
        let v4: i16 = 0x4B;
        v1 = add_u16(v1, (true || 5 == 1023) as u16);
        v1 |= 52144;
    }
    let mut w5 = 0usize;
    while w5 < 2 {
        w5 += 1;
        let mut v6 = rem_usize(11179368911020268613, w5);
    }
    ((p1 as isize & 4611686018427387903) - (8_5 & 4611686018427387903) & 4611686018427387903) + (({ let t7 = w5; w5 as isize }) & 4611686018427387903)
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: i8, p1: i32, p2: u8, p3: i16) -> bool {
    let mut w8 = 0usize;
    loop {
        w8 += 1;
        if w8 >= 8 {
            break;
        }
        println!("y = {}, q = {p1}it,{} d}},{}", if 7u64 >= 6367075404485228985 { 0o77133i16 } else { p3 }, 51isize, w8 ^ w8);
        println!("sum {{ok}}: {} z}},{}", sub_i16(4i16, div_i16(18078i16, 0o0)), mul_u16(0, 65535) % (((if w8 < w8 { 0o4 } else { 5199 }) & 7) + 1u16));
    }
    let mut v9 = w8;
    !(u64::MAX < 8 && true || p3 > p3)
}
