fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: usize, p1: u64) -> i32 {
    if p0 == 0 {
        return (12668u16 != 15) as i32;
    }
    let mut w1 = 0u32;
    while w1 < 3 && 7usize != 3 {
        w1 += 1;
        let mut p1: bool = !(p1 <= p1);
    }
    let v2 = f0(p0 - 1, p1);
    v2
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    if isize::MIN | 100 > ({ let t3 = 1045766823; 0 }) {
        let v4 = 0o700315622775044225213i64 % ((-9223372036854775807i64 & 7) + 1);
    }
    if 14_i32 == i32::MAX {
        let v5: u8 = 252;
        let v6: u8 = 0xd5 >> (2197979573791286589i64 & 7i64);
    } else {
        let v7: i8;
        if (i8::MAX < -32) == (0o53i64 <= 35) {
            v7 = (0u64 & ck) as i8;
        } else {
            v7 = (8 % ((-101 & 7) + 1i8) & 63) - (2667328577u32 as i8 & 63_i8);
        }
        ck = mix(ck, (true | (3u8 == 7) && -15 <= i32::MIN) as u64);
        let v8 = neg_i16(0b101) >= rem_i16(0o4i16, 6_i16);
    }
    let v10 = (((u8::MAX | 1) ^ 0 & 99) & 0xf) * (({ let t9 = div_u64(ck, ck); 9 / ((0 & 0x7) + 1u8) }) & 15);
    println!("r");
    let mut w11 = 0usize;
    let v12: u64 = loop {
        w11 += 1;
        if w11 >= 3_usize {
            break rem_u64(ck, ck);
        }
        for i13 in 1..=1_i8 {
            let v14 = 2097151u64 / ((true as u64 & 7) + 1);
            println!("acc");
            let mut v14: u8 = add_u8(v10, v10);
        }
    };
    ck = mix(ck, f0(11, 18014398509481983) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
