fn f1(p0: u64, p1: u16, p2: u32, p3: bool) -> i32 {
    if p0 == 0 {
        return 0b1001;
    }
    if 58u32 <= p2 {
        return div_i32((0x7 & 0o7777777777_i32) - (i32::MIN & 0o7777777777), -0o6354507510 % ((2081343719 & 0b111) + 0b1));
    }
    let p1 = mul_u16(p1 % ((p1 & 0b111) + 0x1u16) >> (9177534234960123119usize as i16 & 0b1111i16), p1);
    let p1 = (neg_i32(2048) & 32767) * (0b0 & -931513556 & 32767);
    let v5 = f1(p0 - 1, p3 as u16, p2 >> (0u64 & 31u64), p3);
    !p3 as i32
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i64) -> isize {
    println!("tmp{{}}: {} hi = {} out,{},", 0b110i8, !79i64, 0u16);
    for i1 in 0b11u8..0x9u8 {
        let v2: i64;
        if 1u16 < 0o123 || 0_usize < 4 {
            v2 = 1336577169564689882i64;
        } else {
            v2 = add_usize(0, usize::MIN) as i64;
        }
    }
    for i3 in -0o3i16..=2 {
        if 0xFFFFFFFFFFFFFFFEusize <= usize::MIN {
            continue;
        }
    }
    let v4: u64 = 0b1001;
    print!("step {}sum,{v4}tmp,{} r {}\n", p0, 4u8 < 96, true);
    0o5isize
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("x");
    println!("lo");
    print!("a,{ck}lo,{ck} ");
    ck = mix(ck, f0(0i64 << (0b11_u8 & 63)) as i64 as u64);
    for i6 in 0b10_u16..=0o1 {
        ck = mix(ck, (7usize >> (0b101i64 & 0b111111i64)) as u64);
    }
    ck = mix(ck, f0(3) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(4u64, 64, 97, true) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
