fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
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
    if 47u16 as i16 >= 16384 ^ -2048 {
        if ck >= ck {
            return;
        }
        let v11: u8 = 4;
        let v12: i32;
        v12 = (usize::MAX >= 1_4_718972_779_58447_6513) as i32;
    } else {
        ck = mix(ck, (-10i8 != 2i8) as u64);
        let mut w13 = 0u32;
        while w13 < 1 {
            w13 += 1;
            let v14;
            if 0u16 == 46 {
                v14 = w13;
            } else {
                v14 = 2147483648u32;
            }
            if w13 >= w13 && 84u8 >= 3u8 {
                continue;
            }
        }
    }
    let mut v15: u8 = 0o6_u8;
    let v16: bool = 4611686018427387903i64 < 3902526685488727412;
    f0(41u32, -0b100010110100110, 0x0);
    f1(17592186044415, 1629648780i32);
    println!("ck = {}", ck);
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0(p0: u32, p1: i16, p2: u64) {
    if (if 2u8 >= 0 { p0 } else { 3065092981 }) != div_u32(p0, p0) {
        let mut w1 = 0i64;
        let v2: u32 = loop {
            w1 += 1;
            if w1 >= 0b11i64 {
                break p0;
            }
            let v3: u64;
            if p2 >= p2 {
                v3 = (p2 & 4294967295) * (p2 & 0b1_11111_1111_1_111111_11111111_111111_1);
                let p1: i32 = 4;
            } else if false && 9i8 >= 54 {
                v3 = (p2 & 4_294967_2_95u64) * (p2 & 4294967295_);
                let mut p0: bool = true || true;
            } else {
                v3 = p2;
                let w1: u8 = div_u8(0u8, 0x9u8);
            }
            let v3: bool = false;
        };
        println!("it\\ = {v2}, ck,{} x {}lo,{}", rem_usize(3, 8), 0usize, 6073335904208921516i64);
        let v2 = rem_i16(0, i16::MAX);
    } else {
        println!("q");
    }
    println!("d: {}, acc,{} step = {p0}tmp,{}", 0b111isize, 304481696566260399isize, p0);
    let v5: u8 = { let t4 = 3u16; 2 };
}

fn f1(p0: u64, p1: i32) {
    let v6: i64 = 72057594037927935;
    println!("y = {}", 9u32);
    let mut v7: bool = (2378157304776678515i64 != v6 || -14387__i16 > -20_48) != !(u32::MAX <= 8u32) && (p1 & 32767_i32) * (i32::MAX & 32767) != p1;
    if false {
        for i8 in 0b0u64..=16470547567022698 & p0 & 3u64 {
            let v9: i16 = 327_66;
        }
    } else {
        let mut v10: bool;
        if (if v7 { -9058460921683001560isize >= 0b11_0 } else { false }) {
            v10 = v7;
        } else {
            f0((3135940798 & 65535u32) * (12 & 6_553_5), mul_i16(5_, 4), 9223372036854775808_u64 >> (2_i8 & 6_3__i8));
            v10 = !(p0 == p0);
            let v6 = i64::MIN & v6 >> (-32_7_67i16 & 63);
        }
        v7 = false;
        v10 = v10;
    }
}

fn mul_i16(a: i16, b: i16) -> i16 {
    if a > 0 {
        if b > 0 {
            if a > i16::MAX / b {
                return a;
            }
        } else if b < i16::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i16::MIN / b {
            return a;
        }
    } else if a != 0 && b < i16::MAX / a {
        return a;
    }
    a * b
}
