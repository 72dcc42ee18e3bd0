fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i16, p1: bool, p2: i32, p3: bool) -> bool {
    println!("ck");
    let mut w1 = 0u8;
    let v2: i32 = loop {
        w1 += 1;
        if w1 >= 0o2u8 {
            break p2 ^ 8;
        }
        println!("k: {} x {:016X} n = {p1}, step {p2:#.0b} z: {}", u64::MIN, 3i8, 7_u8);
    };
    p3
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ck as u64);
    ck = mix(ck, 72usize as u64);
    for i3 in isize::MIN..(isize::MIN + 2) {
        let v4: u32 = 1023;
        let mut w5 = 0i32;
        loop {
            w5 += 1;
            if w5 >= 0b1_ {
                break;
            }
            ck = mix(ck, mul_u32((w5 as u32 & 65535) * (v4 & 8 & 65535), { let t6 = (w5 & 32767) * (w5 & 32767); sub_u32(v4, v4) }) as u64);
            let v7: u32 = 1073741823;
        }
    }
    ck = mix(ck, 3u8 as u64);
    let v8: bool = 70u8 > 0;
    ck = mix(ck, f0(31, false, 6, true) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
