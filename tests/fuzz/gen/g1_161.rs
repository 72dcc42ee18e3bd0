fn main() {
    let mut ck: u64 = 0;
    print!("lo = {} lo = {ck}out {}, ", 63i8 as u8, ck);
    if !(0o125_i32 <= 2055380447) || ck <= ck {
        println!("it = {0}q\t: {ck}", 0b1usize >= 0x2);
    }
    ck = mix(ck, rem_u8(0u8, 36u8 << (63i64 & 7)) as u64);
    if 524_6026176_543_82988_4isize <= -766907826417015919isize {
        let mut v4: u64;
        println!("val");
        v4 = ck;
        let v4: usize = 59 >> (127i8 & 0o77);
    } else {
        println!("k = {0}", 5394962523901844145_i64);
    }
    ck = mix(ck, f0(5i32, 84, 9223372036854775807_) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i32, p1: isize, p2: usize) -> u32 {
    let mut w1 = 0o0_u8;
    loop {
        w1 += 1;
        if w1 >= 2_u8 {
            break;
        }
        print!("it {w1} tmp: {}, ", add_u16(rem_u16(28576_u16, 0b10), u16::MIN));
        let v2 = u16::MIN;
    }
    let mut v3 = add_i64(0x5A708076EA03C8D9, 0x70A575AA8651B1FC);
    v3 = v3;
    ((false || v3 > v3) as u32 & 65535u32) * (0usize as u32 >> (p1 * p1 & 3_1) & 0xffff)
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
