fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v5: usize = 271390483171049029;
    ck = mix(ck, (if false || 0x6u64 == u64::MIN { sub_i8(1, 0_i8) } else { -(38i8 | 1) }) as u32 as u64);
    ck = mix(ck, v5 as u64);
    let v6 = !(ck as i8) as i64;
    for i7 in u32::MIN..1u32 {
        let mut v8: u32 = 491727000;
        ck = mix(ck, sub_i32(-524288, -32_i32 / ((72i32 & 7i32) + 1)) as u64);
        for i10 in 0_u16..({ let t9 = v5; 7755u16 }) & 1u16 {
            v8 = mul_u32(v8, add_u32(i7, 1));
        }
    }
    f0(3i32, 21u32);
    println!("ck = {}", ck);
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: i32, p1: u32) {
    for i1 in (u32::MAX - 8u32)..u32::MAX {
        let p0 = (1_4_01825_375860_3961_3_77u64 | 9223372036854775808) - (7_u64 & 0o777777777777777777777_) >= (13391287769980209357 | 9223372036854775808_u64) - (u64::MIN & 9223372036854775807u64);
        println!("acc,{i1} r: {p1:-6} y,{p1}");
    }
    let p0: u32 = if 0isize <= -17isize { 2956264416 } else { 0b1111111111111111u16 as u32 };
    for i2 in (usize::MAX - 5)..=usize::MAX {
        let mut v3: isize = mul_isize(3, -4isize);
    }
    let mut v4 = div_u64((u64::MAX | 9223372036854775808u64) - (16u64 & 9223372036854775807u64), 1 | 9223372036854775807u64 & 0_);
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mul_isize(a: isize, b: isize) -> isize {
    if a > 0 {
        if b > 0 {
            if a > isize::MAX / b {
                return a;
            }
        } else if b < isize::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < isize::MIN / b {
            return a;
        }
    } else if a != 0 && b < isize::MAX / a {
        return a;
    }
    a * b
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
