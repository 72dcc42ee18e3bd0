fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn f0(p0: i32, p1: i32, p2: u8, p3: usize) -> bool {
    if p0 == 0 {
        return 1069343480829565435isize <= -0b10000000000000000000000000000000000 || true == true;
    }
    let v1: usize;
    if 2isize != 0o55 {
        return p3 >= 5usize && (-0x1000000_isize != isize::MIN || false);
    }
    v1 = p3;
    let p1: u8 = neg_i8(3 / ((0b111001 & 7i8) + 1i8)) as u8;
    let v2: u64 = rem_u64(15199735316797373847u64, 0o1777777777777777777777_u64) as u64;
    let v3 = f0(p0 - 1, rem_i32(0b10i32, 8i32), p2 & p2, v1);
    neg_i32(9u16 as i32) <= -567568525i32 >> (-684087698_i32 & 0x1F) & sub_i32(-1670925333i32, 0o77)
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
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
    let v6 = 0usize;
    f1();
    ck = mix(ck, (-16226_i16 & 1023i16) as u64);
    let mut w7 = 0i64;
    while w7 < 0b10 {
        w7 += 1;
        ck = mix(ck, 3usize as u64);
        println!("r = {} tmp,{},", -(3i16 | 1), ck | ck);
        let c8 = 0x3u8;
        let c9: u8 = 0b110u8 | c8;
        let c10 = 5 & c8;
    }
    let v11: u8 = 44;
    let mut w12 = 0u32;
    while w12 < 0o6 && (i8::MIN != 0o10i8 || v6 == v6) {
        w12 += 1;
        let mut v13: i16 = 0o53;
    }
    ck = mix(ck, f0(4i32, -4096i32, 0u8, 0) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
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

fn f1() -> bool {
    let mut v4: u64 = (6151881100342490941 | 9223372036854775808) - (88_u64 & 0b111111111111111111111111111111111111111111111111111111111111111_u64);
    let mut v5: usize = 0b1;
    if false { -0b1000000_i8 >> (0b1001u8 & 7u8) == 6 } else { !(v4 > 1999232026868378357u64) }
}
