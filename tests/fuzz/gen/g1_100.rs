fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0(p0: u64, p1: i8, p2: i32) -> i64 {
    let p0: u8 = mul_u8(4_1u8 as u8, (36028797018963967i64 <= 9_i64) as i16 as u8);
    for i1 in 2..8i64 {
        let v2 = false;
        let mut w3 = 0u16;
        let v4: isize = loop {
            w3 += 1;
            if w3 >= 2 {
                break 54;
            }
            let c5 = 2;
            let c6 = c5 << 1_i16;
            let c7: i32 = c5 >> 31_;
            let c8 = !c5;
            if v2 {
                continue;
            }
        };
    }
    ((p0 ^ p0) as i64 & 2147483647) * ((4611686018427387903 & 4611686018427387903) + (0 & 4611686018427387903) & 0x7_f_fff_ff_fi64)
}

fn main() {
    let mut ck: u64 = 0;
    let v9 = 9 % ((ck & 7) + 1);
    let v10 = rem_i32(0x1588cb69i32 & -480648140, mul_i32(i32::MIN, -851649973));
    let c11 = 15;
    let c12: i32 = 3 - c11;
    let c13 = !c12;
    ck = mix(ck, f0(112589990684_2_62_3, 1, 1073741824) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}
