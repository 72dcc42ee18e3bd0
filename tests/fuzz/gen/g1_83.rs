fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, 1023_usize as u64);
    let mut v2 = 4isize <= 12_isize;
    ck = mix(ck, (0x8isize as usize & rem_usize(mul_usize(1143887203819363749usize, 0x1), if v2 { 9092978129992184981_usize } else { 18446744073709551615usize })) as u64);
    if (if v2 { v2 } else { v2 }) {
        let v3 = 3;
        v2 |= v2 || v2;
    } else if v2 && v2 {
        let mut w4 = 0u32;
        loop {
            w4 += 1;
            if w4 >= 6_u32 {
                break;
            }
            v2 = v2;
            let v5: i64 = true as i64;
        }
    } else if -14i8 <= i8::MAX {
        let mut v2 = 1_i16 as usize;
        v2 = mul_usize(v2, 0o235u8 as usize);
    }
    ck = mix(ck, f0(5u8) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: u8) -> i32 {
    if 7u32 == 2147483648u32 {
        let v1: u8 = p0;
    } else {
        print!("it {} ", 5isize);
    }
    if 0b1000i8 >= 0 {
        return add_i32(!2_i32, 0i32);
    }
    if true || 57usize > 0_usize {
        return if 3u64 > 9223372036854775807 || 9223372036854775807i64 > 0i64 { -2147483647i32 ^ 42 } else { (-922737765i32 & 1073741823) - (i32::MAX & 1073741823) };
    }
    mul_i32((8_i32 & 0o7777777777) + (-1712086848 & 1073741823) >> (neg_i32(12i32) & 31), mul_i32(1007690762i32 ^ 2, add_i32(i32::MIN, -1137549328i32)))
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}
