fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v8 = rem_i32(2, 8) as i32;
    let mut v8: usize = 0b0;
    let mut v9: i8 = 0x8;
    ck = mix(ck, (usize::MAX & (0b1000100 & 4294967295) * ((if v8 > v8 { v8 } else { 0_usize }) & 4294967295)) as u64);
    v8 ^= 59;
    f0(57, 0, 0o0, 81u8);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i8, p1: usize, p2: u32, p3: u8) {
    let c1: i64 = 0x10;
    let c2 = !c1;
    let c3 = c2 + 3;
    let c4: i64 = c2 / c3;
    let mut w5 = 0i64;
    let v6: i8 = loop {
        w5 += 1;
        if w5 >= 1 {
            break 2147483646i32 as i8;
        }
        {
            let mut p1: isize = -0x56403eaf47daafedisize;
        }
        let mut c2 = p3 | u8::MAX;
    };
    let v7 = c2 > 8192 && ((if 43u64 > 0b10100_u64 { p2 >= 65536 } else { false }) && (p0 < p0 && p1 >= p1));
    println!("ck");
}
