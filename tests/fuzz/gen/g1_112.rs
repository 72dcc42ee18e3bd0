fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (u16::MIN << (9223372036854775807i64 & 15)) as u64);
    print!("y: {} ", true);
    println!("a: {ck} lo: {} sum: {} x: {}", neg_i8(5), ck, 0o56316i16 ^ 0x7_i16);
    let v6: usize = 16383;
    let v7: bool = 8u8 < 140u8;
    for i8 in -2i16..0b0 {
        let mut v9: u16 = 0;
    }
    let v10: i16 = (0o105 & 16383) + (61 & 16383);
    ck = mix(ck, div_i16(v10, v10) as u64);
    ck = mix(ck, f0(39, 12833481860589147141) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: u32, p1: usize) -> usize {
    let mut v1: u32 = p0;
    let v2: u64 = rem_u64(0x4, 0x27usize as u64);
    let mut w3 = 0_i32;
    while w3 < 2 {
        w3 += 1;
        let v4 = (75 & 255) * (add_u16(0b1001, 66) & 255) / ((81 & 7) + 1);
        println!("res,{} b: {v4},", v1);
    }
    if 51i32 <= w3 {
        v1 = add_u32(0, v1);
        v1 /= (7 & 7) + 1;
        println!("step,{} k: {}q {} it: {p1}", rem_u64(v2, (11734596889175775649 & 4294967295) * (v2 & 4294967295)), p1 > p1, v2);
    }
    let mut v5: i32 = rem_i32(w3, 4);
    p1
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}
