fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f1(p0: u32, p1: i32, p2: i32, p3: i32) -> bool {
    if p0 == 0 {
        return (4usize as i16) <= 1;
    }
    if 6342111466174342003u64 >= 8569020214335558799u64 || 2_6_08_41_9687u32 != 3 && 1165631999i32 <= p1 {
        let mut v4: u16 = (4i16 <= 97i16) as u16;
        let v5: i32 = p2;
    } else {
        let p2: isize = 0x34isize;
        let p3: u8 = 163;
    }
    for i6 in (usize::MAX - 1usize)..usize::MAX {
        if p2 < 5_i32 {
            break;
        }
        let mut v7 = 1i32;
    }
    let v8 = f1(p0 - 1, p3, p3, add_i32(p2, p3));
    v8 || 9isize >= 256isize || 18u16 == 3_2767u16 || (v8 || v8)
}

fn main() {
    let mut ck: u64 = 0;
    let mut w9 = 0i64;
    while 8_i64 > w9 {
        w9 += 1;
        ck = mix(ck, add_usize(0_usize, 3941270555953165780usize) as u64);
        println!("d: {} b\",{w9}, hi = {ck}, out = {ck} val = {}", 67isize, if 1i8 >= 0o5 { 15i32 } else { i32::MAX });
        let v10 = w9;
    }
    let v11 = w9 == i64::MAX && (150u8 < 160) ^ (w9 <= w9);
    let mut v12: usize = 4usize >> (0b11_i8 & 63);
    v12 >>= 3i32 & 63i32;
    ck = mix(ck, add_i16(0, -(rem_i16(-1i16, 40_i16) | 1i16)) as u64);
    v12 <<= (if 1366615427_u32 >= 0o14511654651 { { let t13 = 0b111i32; -32361i16 } } else { if 78_u32 >= 4294967295_ { i16::MAX } else { 26560i16 } }) & 63;
    ck = mix(ck, f0(4_6116_86_0184_27387_90_3i64, 3) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(11u32, 9_i32, 2i32, -6_i32) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: i64, p1: isize) -> i64 {
    let mut w1 = 0u16;
    while 6u16 > w1 {
        w1 += 1;
        println!("z = {} it = {p0}", div_usize(add_usize(16902743413240548012, 95), 16570446348313403750usize << (-0x2_0_i16 & 63_i16)));
        let v2;
        v2 = 61_i32 & 61i32;
    }
    println!("k = {} n,{},", 1u8 ^ 8u8, p0);
    println!("k = {} val: {:05} sum = {}", sub_u16(w1, 78u16), 0u32 >= 32768_u32, 1_u32);
    let mut v3 = if false { 73u64 } else { 18446744073709551614u64 };
    div_i64((p1 ^ p1) as i64, -(9223372036854775806 | 1_i64))
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}
