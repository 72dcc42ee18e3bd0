fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v5 = neg_isize(80_i64 as isize) <= 4611686018427387904_isize << (4usize & 63usize);
    let v6 = i8::MAX;
    println!("d = {}", 16805476775711047225usize);
    if true {
        let v7 = sub_i64(sub_i64(-9223372036854775807i64, 9), 5i64 >> (2i16 & 6_3i16));
        if false {
            return;
        }
    } else {
        let v8 = rem_u64(ck, ck) + div_u64(-16384_isize as u64, rem_u64(ck, 1u64));
        let mut v9 = (3i16 as usize & 4294967295) * (v5 as usize & 4294967295);
    }
    ck = mix(ck, f0(7547251821292354952) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(2usize, 3u8, false) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u64) -> u8 {
    let mut p0: bool = 7i16 < i16::MAX && (3i64 == 1_ || 6i16 < 1023i16) || !(37i64 < -657170671057764033);
    let mut v1: usize = 0xA514C73D753538AA_;
    if false && 0u32 != 7u32 || !(-2048i16 < 1_i16) {
        let v1 = rem_u64(u64::MIN, 6);
        println!("q {:#} d: {:?}val: {p0}, k {v1:#X}", 0x4i64, v1);
    }
    if false {
        println!("res {:>}", true);
        let v1 = 9i32;
        let v2: isize = -9223372036854775808;
    }
    sub_u8(8_u8, add_u8(add_u8(83, 133), 238u8 << (246243600u32 & 7u32)))
}

fn f1(p0: usize, p1: u8, p2: bool) -> isize {
    let mut v3;
    if !p2 {
        v3 = 602834244i32;
    } else {
        let v4: i64 = 0x7ffffffffffffffei64;
        v3 = 9i32 ^ 16383i32;
    }
    println!("y,{:#2} a,{},", u16::MAX as i32, div_isize(-2424732989778587787isize, 7987928648859208902isize) < -90i8 as isize);
    2isize | ((9 & 4611686018427387903isize) - (9_isize & 4611686018427387903isize) & 2147483647isize) * ((9 & 4611686018427387903isize) - (0x1_2isize & 46_116860_1842_7_3_87903) & 2147483647)
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
