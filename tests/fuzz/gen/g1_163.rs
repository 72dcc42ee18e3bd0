fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u64, p1: bool) {
    let mut w1 = 0u32;
    while w1 < 3 {
        w1 += 1;
        println!("z = {p1}");
        let p0: i32 = 0b11100010101011101100010111001;
    }
    let mut v2 = u16::MAX;
    v2 = div_u16(v2, v2);
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, ((1i32 & 32767) * (0o10 & 32767)) as u64);
    for i3 in -1..=-1i32 {
        if ck >= 0u64 {
            return;
        }
    }
    println!("z");
    if false || 28u8 != 0b11111110 {
        let v4: i64 = 4;
        ck = mix(ck, 9223372036854775807isize as i64 as u64);
        ck = mix(ck, rem_u16(26 >> (4 & 15i32), 0b101u8 as u16) as u64);
    } else {
        f0(ck, false);
        f0(53i64 as u64, 2usize != 0b101 || true);
    }
    f0(0o1627352136754534202402, false);
    println!("ck = {}", ck);
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
