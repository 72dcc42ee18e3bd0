fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0(p0: u8) {
    let mut v1: i32 = (-16777216i32 & 0o77777) * (0o4 & 3_27_67__i32);
    println!("r = {}, lo {{ok}}: {v1:0} ck: {}", p0, v1 / ((v1 & 0x7) + 0o1));
    for i2 in (i32::MAX - 3i32)..i32::MAX {
        v1 = 8;
        println!();
        v1 >>= p0 & 31;
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v3 = false as i8;
    let v4 = usize::MAX;
    if v4 > v4 & v4 {
        ck = mix(ck, add_i64({ let t5 = 57u8; i64::MAX }, (0 & 0o17_777777777) * (9223_3_72_0_36854_7_758_06 & 2147483647_i64)) as u64);
        ck = mix(ck, rem_i8(-2, if 0b111101010101010i16 < 16383 { -8_4 } else { v3 }) as u64);
        let v6: u32;
        v6 = 0b111u8 as u32;
    }
    f0(0x0);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}
