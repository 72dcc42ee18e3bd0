fn main() {
    let mut ck: u64 = 0;
    println!("z {} z,{ck}hi = {}", 2147483647u32 as isize % (((4isize & 4611686018427387903isize) + (0x4 & 0x3fffffffffffffffisize) & 7) + 1), 0b10_);
    if 0u8 <= 0x7fffffusize as u8 {
        ck = mix(ck, !(i16::MAX != -0o100000) as i32 as u64);
        ck = mix(ck, ((0x20i16 & 16383) - (({ let t5 = 0b111111111111111i16; t5 }) & 0o37777)) as u64);
        let mut w6 = 0_u8;
        while 0b10_1 > w6 {
            w6 += 1;
            let mut v7 = ck;
            v7 = add_u64(v7, (ck ^ ck) >> (0_u16 / ((0o145701 & 7) + 1) & 0x3fu16));
            let v7 = 0i16 >= -15528;
        }
    }
    if !(0x3f_f_ffffff_fff_ffffisize <= 0x4) {
        return;
    }
    let mut v8: u64 = 2097152u64;
    ck = mix(ck, f0(0o3i16, 46_u64, 4894669689744264141) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: i16, p1: u64, p2: usize) -> usize {
    let mut w1 = 0i64;
    let v2: u32 = loop {
        w1 += 1;
        if w1 >= 5 {
            break (2_438_05_5_940 | 0x80000000) - (0x4A5EDAE9 & 2147483647u32);
        }
        if 1i32 < 0b11 && 0x12i32 >= 9 {
            println!("y {}, d,{w1} k {p0} y: {p1},", (p2 | 0o1000000000000000000000) - (0xa874ebf6e1a2bcb8usize & 9223372036854775807));
        } else {
            let mut v3 = p1;
        }
    };
    let v4 = p2;
    0x7fffffffffffffffusize
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}
