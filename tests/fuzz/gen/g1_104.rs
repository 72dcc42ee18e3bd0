fn f2(p0: i64, p1: i32, p2: i8) {
    println!("r {{ok}} {}", p1);
    let p1 = { let t6 = 6isize; t6 };
    let p2: u64 = 2047;
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if !false {
        let mut v7 = 8isize;
        let mut v8: u64;
        println!("q {ck:9b}z {v7::<5x}d,{:+} acc{{}} {}", 0x25_i64 / ((2004631610388621401 & 7) + 1i64), 0o1u64);
        v8 = ck as u64;
    }
    let v9 = 0o3usize;
    let mut v10 = v9 <= v9;
    let v11: i8;
    let mut v12 = 1024u16;
    f1(0u8 << (v12 & 0b111u16));
    v11 = 76;
    {
        let v11: i8 = 9i16 as i8;
    }
    println!("v11 = {v11}");
    ck = mix(ck, f0(0o7_, 16384i64) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0b11_) as u64);
    println!("f1 = {}", ck);
    f2(6_5535, 2i32, -0o1_);
    println!("ck = {}", ck);
}

fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: u8) -> i32 {
    println!("step {p0}, d}} = {}", { let t3 = -8192i16; p0 });
    for i4 in 0u64..=-568086796114243084i64 as u64 & 3u64 {
        let p0 = 112448_4_14_7_i32 | -0b101110111100111011111010100;
        let mut v5: u64 = div_u64(i4 >> (0o4isize & 63), 0x1u64);
    }
    let p0 = div_isize(rem_isize(85_isize, 11_99_4757076340_1_461_0) as isize, if false { add_isize(2isize, 0) } else { -(5_isize | 0x1isize) });
    ((1_i8 & 63i8) - (20i8 & 0x3F_) | 77u64 as i8) as i32
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: isize, p1: i64) -> u8 {
    let mut v1 = !0o0u32 as isize;
    let v2: i32 = (if 4u16 != u16::MIN { 2147483646 } else { 4 }) & 30__u16 as i32;
    1u8
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
