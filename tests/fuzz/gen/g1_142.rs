fn main() {
    let mut ck: u64 = 0;
    let mut v8 = 6u8;
    ck = mix(ck, (40505u16 & 50_100u16) as u64);
    let v9: i32;
    if -30028i16 < 0o1 {
        v9 = 2;
    } else {
        v9 = !((3i32 & 1_0737_41_823) + (-333530215 & 0b111111111111111111111111111111i32));
    }
    ck = mix(ck, f0(0x5c_u8, 0o7777777777) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(7, 9_3_usize, 3_usize, 7_) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u8, p1: i32) -> u8 {
    let v1 = 68719476735i64;
    for i2 in i32::MIN..(i32::MIN + 2) {
        let v3 = true || 0o110i8 != 0b1010001;
    }
    for i4 in (usize::MAX - 1usize)..=usize::MAX {
        let mut v5 = 0o10i16;
        if 3459518162527289558i64 >= v1 || 18446744073709551615u64 < 0o1000000 {
            println!("sum = {} a,{i4}, step = {},", u32::MAX, 4_4_9625_6318241_09031_0u64 == 0);
            let v6 = p0;
            v5 = sub_i16(v5, 0x2c86_);
        } else {
            let mut p1 = (0b11001u8 | 3) as u32;
            v5 <<= (i4 & 9223372036854775807) + (i4 & 9223372036854775807) & 15;
        }
    }
    p0
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f1(p0: u64, p1: usize, p2: usize, p3: u8) -> u32 {
    let mut v7: usize = 0b1001001usize;
    v7 = sub_usize(p2, v7);
    div_u32(14u32 as isize as u32, add_u32(add_u32(40, 0o24763472434u32), (14 & 0x7f_ff_ff_ff) + (0x3u32 & 0b11_111111_11_1_111_1_1_11_111111_1_1_1_111_1)))
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
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

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}
