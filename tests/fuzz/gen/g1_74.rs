fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (0o200000000000000_isize >> (13071u16 & 0x3f)) as u64);
    f0(9usize <= 2199023255551, 0x2 >> (0x2u8 & 63), (0o5i32 & 1073741823) - (9 & 1073741823));
    let v17 = 2041713240;
    let mut v17: u32 = !2698079055 >> add_i32(4194303, v17);
    if false {
        v17 = v17;
    }
    println!("val {}", 16851179872287488712u64);
    let v18: i32 = ((neg_i16(16384) & 16383i16) + (neg_i16(7) & 0x3fff)) as i32;
    f0(true, -1995676634251941640, 0x3adffb56);
    println!("ck = {}", ck);
}

fn f0(p0: bool, p1: i64, p2: i32) {
    let mut w1 = 0x0u32;
    let v2: u16 = loop {
        w1 += 1;
        if w1 >= 3 {
            break 0x101A;
        }
        let v3: u64 = 1;
    };
    let v4: u32 = 0x0;
    let v5 = p2;
    for i6 in -0o1i8..=0x1i8 {
        let v7: u64 = 0x0;
        println!("x = {}, lo,{} y: {i6} it: {}", p0 as usize | 0x54, rem_usize(128u8 as usize, add_usize(0x1, usize::MIN)), 0xdu8);
        for i8 in 2..=0x7_u8 {
            let mut v4: bool = p0;
        }
    }
    if 0b0u64 != 18446744073709551614 && p0 || p0 {
        let mut w9 = 0x0i32;
        while w9 < 0x8 {
            w9 += 1;
            let v10 = p2 % ((p2 & 0b111i32) + 0x1);
            let v11: u64 = 0x32;
        }
        if false || p0 {
            let mut v5: u64 = 0x8000000000000000;
            println!("lo,{}k {{ok}},{}lo,{} acc = {w9}", w9, 0b100000000000000000000000000000000000000000i64, 0x7i64);
            v5 ^= 6;
        } else if p0 {
            let v12: i8 = sub_i8(64 / ((-(9 | 0b1i8) & 0o7) + 1), if p0 { 7 / ((1 & 0b111) + 1) } else { -(7 | 1) });
            let mut v2: bool = p0;
        }
        if 0x3u16 == 0o0 {
            println!("n: {}", (0o7777777777777777777_usize & 0xffffffff) * (0o4 & 0xffffffff) | (0b1000000000000000000000000000000000000000000000000000000000000000 & 4294967295) * (18446744073709551615usize & 4294967295));
            let v13 = (isize::MIN & 0o377777777777777777777) + (-(5 | 0o1) & 0x3fffffffffffffff);
        } else {
            println!("tmp,{p1} sum: {w9}");
        }
    } else {
        let mut w14 = 0_i32;
        while 3i32 > w14 {
            w14 += 1;
            let mut v15: i64 = 0o37;
            v15 |= rem_i64(p1 ^ v15, !-6184098841003087949);
            let v16: usize = 5;
        }
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
