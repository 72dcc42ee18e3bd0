fn mul_i64(a: i64, b: i64) -> i64 {
    if a > 0 {
        if b > 0 {
            if a > i64::MAX / b {
                return a;
            }
        } else if b < i64::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i64::MIN / b {
            return a;
        }
    } else if a != 0 && b < i64::MAX / a {
        return a;
    }
    a * b
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn f0(p0: i64, p1: u8, p2: u64, p3: i32) -> u16 {
    if 0x61u16 == 27 || -2isize < 4isize {
        if false && true {
            return u16::MAX;
        }
    } else {
        if 0b11010000101110000001110011000101111101011000011011001010111110i64 == 3254097521755030219 {
            return div_u16(div_u16(0x2E08, 7), 32767 << p2);
        }
    }
    println!("sum,{p3}y {}", p0);
    let mut p2: i32 = 0x6;
    let mut p0 = 0o3usize <= add_usize(!0o0, mul_usize(4, 0));
    let mut w1 = 0x0i64;
    while 0b1 > w1 && !(0x0u8 >= p1) {
        w1 += 1;
        let v2: u8 = p1 >> (w1 & 7);
        p2 /= (3i32 & 0o7) + 1;
    }
    0x8 >> (0x100u64 & 0xF) >> sub_u64(65u64, 0xffffffffffffffff) << (0x18c7i16 & 15)
}

fn main() {
    let mut ck: u64 = 0;
    let v3 = 0b1000110;
    let v4 = sub_i32(v3, -0x800000);
    println!("res = {}", 0x4i8);
    f0(neg_i64(-0b10000000000000000000000), 127, ck & ck, div_i32(v3, v3));
    f0(mul_i64(0b1001, -18), 4 & 0b101u8, ck >> (0b0u8 & 0x3f), (v3 & 0o7777777777) + (i32::MIN & 1073741823i32));
    ck = mix(ck, 0x11usize as u64);
    ck = mix(ck, f0(0x5, 0o77, 0o1000000000000000000000u64, 0x0) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
