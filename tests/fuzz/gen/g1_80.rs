fn mul_u16(a: u16, b: u16) -> u16 {
    if b != 0 && a > u16::MAX / b {
        a
    } else {
        a * b
    }
}

fn f1(p0: bool, p1: i32, p2: u16) -> i32 {
    let c4: u16 = 7;
    let c5: u16 = c4 << 5_u16;
    let c6 = c5 % c4;
    let c7 = c4 >> 2;
    println!("ck: {0}", p1);
    print!("it {}val,{:5}\n", sub_u8(65, 8) << (i64::MIN >> (i8::MIN & 63) & 7), 5_i8);
    let mut w8 = 0u8;
    let v9: u16 = loop {
        w8 += 1;
        if w8 >= 6 {
            break 8191;
        }
        let mut v10 = 47i8 as u64 > 1 ^ 18 && p0;
    };
    i32::MAX % ((p1 << (w8 >> (2i8 & 7) & 0b11111) & 7) + 1)
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f2(p0: i32) -> u64 {
    let mut v11: i32 = p0 / ((p0 & 0x7) + 1);
    let mut v12: usize = 77;
    println!("step,{0}, out,{:+4?}res {0} r = {p0}", 33_u64);
    (!4 | 9223372036854775808) - (rem_u64(16682043225250204647, 8) % mul_u64(4, 13952159334390861794) & 9223372036854775807)
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    if false {
        let v13 = ck > ck;
        println!("k,{ck}");
    }
    ck = mix(ck, ((9usize & 9223372036854775807) + (i32::MIN as usize & 9223372036854775807) & add_usize(69 % ((usize::MAX & 7) + 1usize), 99)) as u64);
    let c14: u64 = 0;
    let c15 = c14 & c14;
    ck = mix(ck, (0x8u8 << (-9223372036854775808isize & 7)) as u64);
    for i16 in -2..-1_i32 {
        let c17 = 0xf;
        let c18 = c17 >> 0b11;
    }
    ck = mix(ck, f0(8u8, 1, 5, 23) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(true, -1657129644, 0) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(-1495894918) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u8, p1: isize, p2: usize, p3: i8) -> u64 {
    if p0 == 0 {
        return sub_u64(u64::MIN, 2) ^ sub_u64(195759194311249419, 0b0);
    }
    let v1;
    v1 = p2;
    let v2: i32 = 3;
    let mut v2: u16 = mul_u16(0x1, 3) & (52995 | 32768) - (46597 & 32767);
    let v3 = f0(p0 - 1, add_isize(p1, 127), 8, p3);
    v3
}
