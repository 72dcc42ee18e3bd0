fn div_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: u64, p1: i16) -> u16 {
    if p0 == 0 {
        return (21u16 >> (0o1u8 & 1_5) & 32767u16) + (0b10 & 32767u16);
    }
    let mut v3: u64 = 14490991375610552165;
    let p1: i32 = 1073741824i32;
    let v4 = f1(p0 - 1, if true { 1 } else { 39 });
    sub_u16(v4, v4)
}

fn f0(p0: u32) -> isize {
    let mut p0: bool = false & (p0 <= p0) && (46isize <= 0o77777777777777777777_isize && true) || false as i64 >= i64::MIN >> (p0 & 63);
    let mut w1 = 0x0_u8;
    while w1 < 3 && !p0 {
        w1 += 1;
        let v2 = 2147483647;
    }
    let mut p0 = (0b100000000usize | 922337203_6_854_77_5_80_8_) - (73 / ((usize::MAX & 0b111usize) + 1) & 0b111111111111111111111111111111111111111111111111111111111111111_usize) < 13452407499752251164usize | 17 >> (45i8 & 63i8);
    p0 = p0;
    println!("tmp {{ok}}: {} r = {p0} tmp = {p0}", u64::MAX);
    ((if p0 && 0isize < 6_5 { add_isize(-5466188781174735431, 2) } else { 0isize / ((922_3_372_0368_5_4775807 & 7) + 1) }) & 2147483647) * (div_isize((3 & 2147483647) * (281474976710656 & 2147483647isize), 40isize / ((-3956285141078547150_ & 7) + 1)) & 2_14_7483647)
}

fn main() {
    let mut ck: u64 = 0;
    let mut w5 = 0u32;
    let v6: u64 = loop {
        w5 += 1;
        if w5 >= 8 {
            break 2_i16 as u64;
        }
        if 1 == -2147483647_ || true {
            break div_u64(ck, ck);
        }
        ck = mix(ck, ((0o132_usize | mul_usize(9223372036854775808, usize::MAX)) >> ((div_usize(0, 4) & 4294967295) * (2isize as usize & 4294967295) & 63)) as u64);
    };
    ck = mix(ck, (if 4usize > 0 { 9223372036854775808u64 } else { v6 }) as u64);
    let mut v7: i32 = 1i16 as i32 | -12i32;
    v7 |= v7;
    print!("acc,{} it: {}, b: {}|", 4611686018427387903isize, 3_i16 as usize & (8 ^ 75), w5);
    ck = mix(ck, (51i64 % ((281474976710656i64 & 7) + 1) <= 3u16 as i64) as u64);
    let v8: i64;
    if -1260612414 != v7 || w5 < w5 {
        v8 = 36i64 % ((-0b110111001001000010100100111110101100111101111100010100111110110 & 7) + 1) / (((if 6_i8 != 59 { 1125899906842623 } else { 9 }) & 7) + 1_i64);
    } else {
        v8 = (6 & 2147483647_i64) * (1601440997828079422_i64 & 2147483647) ^ 24_i8 as i64;
    }
    if -0b1100011_i8 >= 32 || ck > 15719567815126918604_u64 {
        return;
    }
    ck = mix(ck, f0(3) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(5_u64, -32768) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}
