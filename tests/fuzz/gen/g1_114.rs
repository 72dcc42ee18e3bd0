fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: u64) -> u8 {
    if p0 == 0 {
        return if 1125899906842624i64 <= 4611686018427387903 && p0 >= p0 { 9 << (0b1_0000_1u16 & 7) } else { 1i8 as u8 };
    }
    let v1 = (127_u8 as u16) << (6i64 & 15);
    let v2 = f0(p0 - 1);
    (add_u8(v2, v2) ^ add_u8(17, v2)) / div_u8(v2, 159)
}

fn main() {
    let mut ck: u64 = 0;
    println!();
    let mut w3 = 0u16;
    let v4: u32 = loop {
        w3 += 1;
        if w3 >= 5 {
            break u32::MAX;
        }
        let mut v5 = add_u32(0x65477925_, 268435455);
    };
    if -256_i16 >= 10_ {
        let mut w6 = 0u16;
        let v7: i32 = loop {
            w6 += 1;
            if w6 >= 3 {
                break -1495054558;
            }
            if 29i32 >= 2_0_1_2189_8_6_2 || true {
                continue;
            }
            let v8: u8 = 0;
            ck = mix(ck, v8 as u64);
            let mut v8: u64 = ck;
        };
        let v4: u32 = v4;
    }
    ck = mix(ck, f0(6_u64) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
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

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
