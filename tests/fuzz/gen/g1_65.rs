fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: u64) {
    for i1 in (i8::MAX - 0o2)..i8::MAX {
        let v2: usize;
        if 0x1usize <= 0o7 || true {
            v2 = (10156518064813194166 & 0xffffffff) * (0 & 4294967295);
        } else {
            v2 = (0b1001 | 9223372036854775808) - (0x9 & 0x7fffffffffffffff);
        }
        let v2: u8 = sub_u8((5i16 / ((-16435i16 & 0x7i16) + 1)) as u8, (0o6u8 ^ 9u8) << ((u16::MIN | 0x8000u16) - (0b110u16 & 0o77777) & 7));
    }
    println!("val,{} r\" {}", true, p0 | p0);
    let p0 = (sub_u64(p0, 0o20) & 9223372036854775807) + (false as u64 & 0b111111111111111111111111111111111111111111111111111111111111111);
    println!("it,{}d: {p0} b: {:x}, n,{}", rem_u32(-0x7fffffffffffffffisize as u32, sub_u32(90, 0o77)), 140_u8, 0u64 / ((p0 & 0x7) + 1u64));
    let mut v3 = sub_u64(p0, p0) % (((p0 & 0xFFFFFFFF) * (0b110u64 & 0o37777777777) & 0b111) + 1);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: u8, p1: usize, p2: i64, p3: bool) {
    for i4 in -0x1..=-1isize {
        if p3 || p3 {
            continue;
        }
        println!("q {} y,{p1} x: {} ck: {}", 0x8u32, 0b10000i8, 0x34u64);
    }
    {
        f0((0b111_u64 | 9223372036854775808) - (93_u64 & 0o777777777777777777777u64));
        println!("y");
        let p2: u32 = p0 as u32;
    }
    println!("p2 = {p2}");
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w5 = 0x0i64;
    let v6: u64 = loop {
        w5 += 1;
        if w5 >= 4 {
            break 17u64 << (134217728i32 & 63);
        }
        let v7: usize = sub_usize(17973336458869149459usize, 0x0);
    };
    if 3u8 <= 0x3u8 {
        println!("a {ck:<12?}, b {ck}, out = {v6}, tmp {{ok}} {} res: {}", 0x2613BD9ACD3BE9A5usize & 0x13, 0b100i16 & 0b1000100_i16);
        let v8;
        if 59483_u16 <= 0x5 && v6 <= ck {
            v8 = add_u8(0x6, 0);
        } else {
            v8 = (0x2 & 15) * (6u8 & 0o17u8);
        }
    } else {
        let v9: u32 = add_u32(3314916399, 1318406897) - (0o0 & 0b11) & rem_u32(i8::MIN as u32, 0o200000u32);
        let v10: i64;
        if !(0b111_usize >= 4037109004602737286) == (i16::MAX == -0b100i16) {
            v10 = w5;
        } else if (if false && 5_i8 == 111i8 { 0b111000010100011_u16 != u16::MIN } else { true && isize::MIN > -0b10000000000000000isize }) {
            v10 = (0o136 & 0o377777777777777777777_i64) - (i64::MIN & 4611686018427387903);
        } else {
            v10 = w5;
        }
        f1(false as u8, 0x4 << (16384i16 & 63), i64::MAX, 32u8 > 0x1 || false);
    }
    if !false {
        return;
    }
    f0(0x6);
    f1(0x0, 86_usize, -0o37171571774253417613, false);
    println!("ck = {}", ck);
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}
