fn f1() -> u32 {
    let mut v1: usize = 0b1111111111111111u16 as usize;
    let mut v2 = 0u32 as u32;
    v1 |= v1 << (5u64 & 0b111111);
    div_u32(div_u32(v2, v2), v2) << (-8i16 & 31i16)
}

fn f2(p0: i64, p1: u8) -> i32 {
    if (-0o45i8 & 0b111i8) * (3_i8 & 7) <= neg_i8(i8::MAX) {
        for i3 in (u64::MAX - 8)..u64::MAX {
            let v4 = i32::MAX;
        }
    }
    f0(4 / ((0x0u32 & 0x7) + 1u32), if 8usize <= 0usize { isize::MIN } else { 0o230610664611575315364isize });
    let mut w5 = 0_usize;
    let v6: u64 = loop {
        w5 += 1;
        if w5 >= 8usize {
            break div_u64(0b100000111101101110110010010100011110101000010101111111001111110_u64, 8);
        }
        if false && 3u16 > 0b1111111 {
            continue;
        }
        if 4u64 >= 0b1 && p1 >= p1 {
            return 0b111000;
        }
    };
    ((sub_usize(w5, w5) | 0x8000000000000000usize) - (0b10 & 9223372036854775807usize)) as i32
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v7: u8 = 5u8;
    let mut w8 = 0_u8;
    while w8 < 2 {
        w8 += 1;
        for i9 in 3usize..11usize {
            let v10 = rem_i8(12_i8, -32i8);
        }
    }
    for i11 in 4u64..7u64 {
        let mut v12 = 1_i32;
        v12 >>= 4u64 << (-8052416874929411375isize & 63isize) & 31;
        let mut v12: usize = 127usize;
    }
    ck = mix(ck, f0(0b1001100, 0x4f) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(3, 175u8) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
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

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: u32, p1: isize) -> u64 {
    if 1u8 == 80 {
        let mut p0 = p0;
    }
    println!("d {} y: {p0},", 39u8);
    add_u64((0b1000000000000000000000000000000 == 2147483646i32) as u64 | rem_u64(0b110u64, 15954951975106523319), 25035u16 as u64)
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
