fn main() {
    let mut ck: u64 = 0;
    if 903i16 < 0b110110 || 1_i16 >= 1 {
        let mut w5 = 0o0_i64;
        loop {
            w5 += 1;
            if w5 >= 1 {
                break;
            }
            println!("z");
        }
    } else {
        print!("d}} {} out = {} ", 60, (if true { 5i8 } else { 126 }) > 5);
        println!("a {{ok}},{}z: {} n = {} x {}", ck, 84u16, sub_i16(3, 1 % ((4 & 7) + 0b1i16)), 1023u16 as i32);
    }
    let v6 = 29 >= 2147483647 && 91i8 <= 8;
    for i7 in 2..8_i8 {
        ck = mix(ck, 64i8 as u64);
        ck = mix(ck, 95_u64 as u64);
    }
    let v6: i64 = !-6383810834447934613 / ((i64::MIN & 7) + 1) ^ (if v6 { 7 } else { 2 }) % ((4 / ((4611686018427387904 & 7) + 1) & 0b111) + 1);
    let v6: i64 = 9223372036854775807;
    let v8: u8 = 255;
    let mut w9 = 0i32;
    loop {
        w9 += 1;
        if w9 >= 3 {
            break;
        }
        ck = mix(ck, -(w9 | 1) as u64);
        for i10 in i16::MIN..(i16::MIN + 2) {
            ck = mix(ck, ((0usize % ((3usize & 7) + 1) & 9223372036854775807) + (add_usize(16241619014611516894, 9223372036854775807) & 9223372036854775807)) as u64);
            println!("lo\" {} tmp = {}acc{{}} = {} r\" = {}", i8::MIN, i10, 0o3u64, ck);
            if u32::MAX <= 4294967294 {
                break;
            }
        }
        f0(rem_i32(w9, 81), w9);
    }
    let v11 = w9 as isize;
    f0(4194303, 624134695);
    println!("ck = {}", ck);
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i32, p1: i32) {
    let mut v1 = p1;
    let v2: i64 = 52086u16 as i64 % (((if 76u16 > 7801 { 2 } else { 7 }) & 7) + 1) & mul_i64((6i64 <= 0b101101110000111101010110011010110000010010100101101011100001101) as i64, -(77 | 1));
    let mut v3 = 71u8;
    let v4 = p1;
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mul_i64(a: i64, b: i64) -> i64 {
    if a > 0 {
        if b > 0 {
            if a > i64::MAX / b {
                return a;
            }
        } else if b < i64::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i64::MIN / b {
            return a;
        }
    } else if a != 0 && b < i64::MAX / a {
        return a;
    }
    a * b
}
