fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("q = {}r = {ck}", 0b111u8);
    let mut v5: u16 = ({ let t4 = i8::MIN; 0b1000010u16 }) >> rem_usize(0b0usize, 0xa3df7dd26e3ae9b8);
    v5 -= v5;
    if false && true && 2u32 <= 23u32 {
        v5 = add_u16(v5, 0o0_u16);
        println!("lo\',{ck}k {}, hi,{}val = {}", mul_u32(2u32, 0o0) + 0x8c7a061du32, 100i64, -0xE5F068C035C557A_i64);
    }
    println!("k\t {ck} hi {} out = {v5}", 0x26u8);
    let v5: i32 = rem_i32(-0b1000000000000000000000, 0x7);
    f0();
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0() {
    let v1: i32 = div_i32(div_i32(0x24, 0x1Di32), 4194303i32);
    for i2 in -0b10isize..3isize {
        for i3 in 0b11i8..=0x4i8 {
            let mut v1 = 524111950u32;
        }
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}
