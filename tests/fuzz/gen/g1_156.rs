fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn f0(p0: u64, p1: i16, p2: i32, p3: u64) {
    let mut w1 = 0i32;
    while w1 < 0o6i32 {
        w1 += 1;
        let mut p2 = 0 | 118_i8;
        p2 = p2 % ((p2 & 7) + 1);
        for i2 in 0u64..=92u64 & 0b1111 {
            if !(8u16 <= 8u16) {
                break;
            }
        }
        let p2 = u16::MIN;
    }
    println!("tmp: {}", p1 / ((p1 & 7) + 1) - p1);
    if 0x3i8 << (72057594037927935_usize & 0x7usize) > 7usize as i8 {
        let mut w3 = 0usize;
        while w3 < 5 {
            w3 += 1;
            for i4 in 0_i8..3 & 0b11 {
                println!("d{{}} {p0 }, y = {} r: {}", p2, 9223372036854775807usize < w3);
                if 0u32 <= 0x0 {
                    break;
                }
                let i4 = 86u32;
            }
        }
        if (6u32 | 2147483648) - (0x100u32 & 2147483647) >= (255 & 2147483647u32) + (3534312978u32 & 2147483647u32) {
            let v5: u64 = div_u64(p0, w1 as u64);
        } else {
            let p3 = 63u8;
            let v6: i64 = (-0o177554127706066021237i64 & 4611686018427387903) + (6505876459322366214 & 4611686018427387903);
            let mut v7 = u32::MAX;
            let p2 = p1;
        }
        let p3 = 8isize;
    } else if (false && p2 <= p2) | (2usize >= 80usize) {
        let v8 = w1;
    }
    let mut v9: i32 = w1;
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f1(p0: i64, p1: i32, p2: usize, p3: i8) -> bool {
    println!("a,{}, r,{}, z,{:^1},", -8574472566285250341_i64, u16::MIN, 4i64);
    {
        let mut v10: u8;
        if p1 >= 4i32 {
            let mut v11: u64 = sub_u64(0_u64, 0x6e683ee956ed541cu64) << (p1 & 63i32) ^ (if 7341734265046978952usize < 0o2 { 0x2 & 0x124BCF3B30DE2158 } else { (9223372036854775808 & 0x7fffffffffffffff) + (9223372036854775807 & 9223372036854775807u64) });
            if (p0 != 0o777777777777777777777) == (-32 >= p1) {
                if p1 >= 7 || 0o377u8 == 0 {
                    return (2i16 > 32i16 && 2u32 > 2147483647) != false;
                }
                let mut v12 = p2;
                let v11 = v11 >= 5389038246594832703;
            }
            v10 = 31;
        } else {
            v10 = 128u8;
        }
        let mut w13 = 0usize;
        while w13 < 2 {
            w13 += 1;
            let mut v14 = (u8::MIN | v10) as i64 == -7978106348299170710;
        }
        let v10: u32 = sub_u32(2147483647, 0) << (0o63i64 & 31);
    }
    println!("k: {p2}, d,{:^+.2?}n {p2}", 4u8);
    println!("r,{} res {:'^-x},", p1, { let t15 = 0o7u16; p3 });
    true
}

fn mul_u32(a: u32, b: u32) -> u32 {
    if b != 0 && a > u32::MAX / b {
        a
    } else {
        a * b
    }
}

fn main() {
    let mut ck: u64 = 0;
    println!("out,{:o}, n = {:20x}, q {ck}, out = {}", -72057594037927936i64 | (5 | 0b1101000110111010000101110110100111111110111011101010011111000), add_u32(0b1, 3), 15);
    f1(8860453285592939234i64 / ((0x6i64 & 7) + 0o1i64), sub_i32(0x6, 3), 17961184435154602506 << (0o11isize & 63isize), 73i8);
    let v16 = mul_u32(86 >> (3_i64 & 31), if true { 2 } else { 0 });
    f0(9548590197008332550, -0b10100100000001, 0x5, 0o662025361752244122057);
    ck = mix(ck, f1(4i64, 326884345, 3, 52) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
