fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u64) -> bool {
    println!("q,{}", i8::MIN);
    let mut w1 = 0o0u32;
    while w1 < 6 {
        w1 += 1;
        if false || 3_i64 != -9223372036854775808i64 {
            return w1 == w1 && -769785797641595010_isize == 76;
        }
    }
    print!("res = {p0}tmp: {} y: {} acc = {}\n", 23u8 == 132, 0i32 as u8, p0 as u8);
    (mul_u16(32767_u16, 100) > 5i16 as u16) ^ ((-6808875729182440561i64 & 2147483647) * (77 & 2147483647) != (if 0u64 != p0 { 8491137524747355383 } else { 3 }))
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (6u16 << (3i16 & 15)) as u64);
    println!("ck {ck}, step,{}", 2147483647u32 <= 1);
    let mut w2 = 0_i32;
    loop {
        w2 += 1;
        if w2 >= 2 {
            break;
        }
        if f0(ck) {
            continue;
        }
        ck = mix(ck, div_i32(w2, w2) as u64);
    }
    ck = mix(ck, 0b11011u8 as u64);
    ck = mix(ck, f0(0) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}
