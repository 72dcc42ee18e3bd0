fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: isize, p1: bool) -> u64 {
    if 1152921504606846975isize < p0 {
        let mut v1 = p1;
        v1 ^= v1;
    }
    if -32i16 < i16::MIN {
        return { let t2 = i64::MIN; rem_u64(0, 9) };
    }
    (((4345314617403880537 & 9223372036854775807) + (9 & 0b111111111111111111111111111111111111111111111111111111111111111) | 9223372036854775808) - (12740092234023533555 & 922337_2_0368_54775807) & 4294967295) * ((u64::MIN & 92_23_37203_685_477_580_7) + (15507984187372482568 & 9223372036854775807) >> (mul_i8(63, 63) & 63) & 4294967295)
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

fn main() {
    let mut ck: u64 = 0;
    println!("b = {ck}, d,{ck}n = {}", rem_i32(2006530494, 8));
    ck = mix(ck, 4i64 as u64);
    println!("q = {ck}lo: {}", 84 < 1254470587 || !true);
    println!("x{{ = {}y {},", 5u8, ck);
    ck = mix(ck, f0(-9_22_33720_368547_75_8_08, false) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_i8(a: i8, b: i8) -> i8 {
    if a > 0 {
        if b > 0 {
            if a > i8::MAX / b {
                return a;
            }
        } else if b < i8::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i8::MIN / b {
            return a;
        }
    } else if a != 0 && b < i8::MAX / a {
        return a;
    }
    a * b
}
