fn main() {
    let mut ck: u64 = 0;
    for i4 in -0x3..3i16 {
        let v5 = if 91u32 >= 0xa8e8e90b { 8 } else { 388628448 };
        ck = mix(ck, (-18i8 & i8::MAX) as u64);
    }
    let mut w6 = 0i32;
    let v7: i64 = loop {
        w6 += 1;
        if w6 >= 5 {
            break 0u16 as i64;
        }
        let mut v8: u8 = 255 & 0;
        if 1usize != 4 {
            return;
        }
    };
    let mut w9 = 0x0i32;
    while w9 < 4 {
        w9 += 1;
        f0(19i8 as u16);
        let mut v10 = w6;
    }
    ck = mix(ck, ((isize::MIN & 2147483647) * (0b100000000000000000000000000000000000000000000000000000000000000 & 0x7fffffff)) as u64);
    f0({ let t11 = usize::MIN; 4096 });
    let mut v12: i16;
    if v7 > v7 && v7 >= -0o432063570641435311311 && 16u64 > ck {
        let v13 = ((v7 & 0x3fffffffffffffff) + (v7 & 4611686018427387903)) as i64;
        let v14: usize = 0b101;
        v12 = 8;
    } else {
        v12 = -11070;
    }
    ck = mix(ck, f0(5) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: u16) -> i32 {
    println!();
    println!("it");
    let v1: u8 = div_u8((p0 | 0o1) as u8, u8::MIN);
    let mut w2 = 0i64;
    while w2 < 6 {
        w2 += 1;
        if true || 268435455usize >= 0o2 {
            break;
        }
        let p0: u16 = p0;
        println!("d = {}it = {:x} n}} = {} step}}: {:+#} k = {}", 5i32, 6_4, 6u64 >= 5, v1 & v1, (-1_10i8 & 63) + ((if true { 126 } else { 112 }) & 63));
    }
    { let t3 = 2590i16; sub_i32(t3 as i32, add_i32(4, 14)) }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}
