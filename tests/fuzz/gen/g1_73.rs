fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v4: i64;
    if 3u16 == 0o6 || true {
        v4 = -3506379652736002253_isize as u32 as i64;
    } else {
        v4 = 52u16 as u64 as i64;
    }
    let mut w5 = 0o0u32;
    let v6: u8 = loop {
        w5 += 1;
        if w5 >= 4u32 {
            break 1 | u8::MAX;
        }
        let mut v7: u32 = sub_u32(w5, w5);
    };
    f0((1i32 ^ 2i32) & 15, if 4611686018427387903isize < -1371880842685541595isize { v4 } else { v4 }, 3 << (18 & 63i32), -2i64 != v4 || 0_usize > 0usize);
    ck = mix(ck, 32767_i16 as u64);
    ck = mix(ck, f0(9, 72_i64, 53isize, false) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
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

fn f0(p0: i32, p1: i64, p2: isize, p3: bool) -> usize {
    if p0 == 0 {
        return 8_usize;
    }
    let mut v1: bool = p2 <= 8_isize;
    v1 = p3;
    for i2 in 3usize..=7 {
        if 6usize > 0xcb0cfd70e3ac948c {
            continue;
        }
        v1 = v1;
    }
    let v3 = f0(p0 - 1, 0_i64 << (p2 & 63), sub_isize(p2, -33554432isize), 0i8 == 1i8 || v1);
    (v3 & 9223372036854775807_usize) + (v3 & 9223372036854775807usize)
}
