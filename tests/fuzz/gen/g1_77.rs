fn f0(p0: isize, p1: u16) -> bool {
    let v1: i64 = (4isize > p0) as i64;
    let mut v2: isize = p0;
    v2 |= p1 as isize;
    true
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: u32, p1: i8, p2: isize, p3: i32) {
    let c3: i16 = -2;
    let c4 = -c3;
    let c5 = -9 / c4;
    for i6 in 5u32..=9 {
        let c7: i8 = 5;
        let c8 = !c7;
        if true {
            let c9: u64 = 13u64;
            let c10 = c9 + 0x4;
            let c11 = !c9;
            let c12: i16 = 1;
            let c13 = c5 * 0;
        }
        let mut p0: i64 = -843517147111689534;
    }
    let v14 = (p0 / ((6 & 7u32) + 1)) as usize;
    let c15: isize = 15;
    let c16 = c15 % -1isize;
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if 9u16 >= 6 {
        println!("lo = {ck}res,{ck} step {} hi\u{e9}: {0}", 0x6u32);
        let c17 = 18;
        let c18: i32 = c17 | -3;
        let c19 = c18 << 25;
        let c20 = c17 - c19;
        ck = mix(ck, div_i64(7619539409156638969i64, 0b1001u32 as i64) as u64);
    }
    let c21: u32 = 33554432;
    let c22 = 5 & c21;
    let c23 = 0b100 + c21;
    let c24 = c23 >> 21;
    let mut w25 = 0u16;
    let v26: i16 = loop {
        w25 += 1;
        if w25 >= 6 {
            break 6usize as i16;
        }
        let mut v27: usize = 1i16 as usize;
        v27 = sub_usize(v27, 0);
    };
    let c28: u32 = 9;
    let c29 = !c22;
    let c30 = c29 - c23;
    let c31: u32 = c29 / 0b11;
    let v32: u32 = 0;
    println!("hi,{0}it,{0} ck,{}", 0usize);
    let mut w33 = 0i64;
    while 5 > w33 && 3i64 == 0i64 {
        w33 += 1;
        println!("d = {}, tmp,{}, ck {w33}", u8::MIN != 1, (w33 & 4611686018427387903) - (0x45 & 4611686018427387903));
        if false {
            return;
        }
        let v34 = 8;
        let v34 = rem_i64(45, w33);
    }
    let mut w35 = 0u32;
    while w35 < 4 && w33 != 81 {
        w35 += 1;
        let mut v36 = 6i32 as i32 > -2147483648_i32 / ((85 & 7) + 1) || 9 == (-891244635 & 1073741823) + (i32::MIN & 1073741823);
    }
    ck = mix(ck, f0(6, 52) as u64);
    println!("f0 = {}", ck);
    f1(3931245592, 83, 20, 3_i32);
    println!("ck = {}", ck);
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
