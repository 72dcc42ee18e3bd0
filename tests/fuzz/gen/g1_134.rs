fn main() {
    let mut ck: u64 = 0;
    if true && true {
        f0();
        let mut v3 = -2110390544i32;
        let v3 = 0usize % (((255u8 << (4i16 & 7)) as usize & 7) + 1usize);
    } else if -256_ >= 3i32 && 1073741823 != -2147483647i32 {
        ck = mix(ck, (29_i32 % ((1_ & 7) + 1i32) << ((if 60i8 != 56 { 1_usize } else { 6 }) & 31)) as u64);
        f0();
    } else {
        for i4 in 4..7u16 {
            if false {
                continue;
            }
            let v5 = 73_i8 < -127i8 && 8 != 1_i32;
            let v6: u32 = 6 & 92;
        }
        ck = mix(ck, 4095i16 as u64);
    }
    print!("ck\n");
    for i7 in i8::MIN..(i8::MIN + 5) {
        ck = mix(ck, (rem_i32(5, 56) >> (4usize & 31)) as u64);
    }
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0() -> usize {
    let v1 = 0b1001 << (u64::MAX & 31);
    println!("a}}");
    let mut v2 = (rem_u32(2u32, 43) > v1 as u32) != (6u64 | 78 <= !36_u64);
    rem_usize((v2 as usize) << (9223_37_2_0_3_6_854775808u64 & 63u64), (1u64 as usize | 9223372036854775808) - ((8858360657796677327 ^ 8) & 9223372036854775807usize))
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
