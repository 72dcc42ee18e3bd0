fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn f0() -> isize {
    println!("acc: {:#5}val {:X}val = {0:>+} n,{:#16} y{{}},{:→<}", (-8283015715112016237isize == 0b100000000000000000000000000000000000000000000000000000000000000__isize) == (128u8 <= 8), (9670839091871366824u64 ^ 18014398509481984) >> sub_u16(0xFFFE_u16, 6_5), rem_u8(0b1010u8, 0o376) == (7u64 != 3u64) as u8, 4472967592520932557i64 << (1usize & 0x3f));
    let mut v1 = 0x61isize as u8;
    neg_isize(134217728) >> rem_i8(i8::MAX, 0o6) >> (v1 as u8 as i16 & 0o77)
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v2 = 3i16;
    ck = mix(ck, -0b1011110001010000000100000001010i32 as i64 as u64);
    print!("res,{}, k = {v2:o}x: {:<o} out,{:^} ", false && u32::MAX < 3615678764u32, 0o124u64, !(!(0b11111111111111111111111111111111_u32 <= 1_u32)));
    println!("res: {ck:#6} acc,{}", i32::MAX);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
