fn f1(p0: i32) -> i64 {
    if p0 == 0 {
        return -5918799107170721396;
    }
    let mut v9: usize = (0b1001i64 | 1 != 4 | 5) as usize;
    let v10 = f1(p0 - 1);
    v10 >> ((v9 | 9223372036854775808) - ((usize::MIN & 9223372036854775807) + (v9 & 9223372036854775807) & 9223372036854775807) & 63)
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    print!("d\n");
    let mut v11: i32 = -32768;
    v11 %= (neg_i32(v11) & 7) + 1;
    v11 = v11;
    if v11 != v11 {
        ck = mix(ck, !false as u64);
        let mut w12 = 0_i32;
        while w12 < 5 {
            w12 += 1;
            let v13: u64 = ck;
            ck = mix(ck, 1u16 as u64);
            let mut v14: i64 = 8589934592;
        }
    } else if 4841383330721336822i64 == -8589934592 {
        ck = mix(ck, ((-0o74217i16 & 127i16) * (9 & 13 & 127)) as u64);
        let v15: i32;
        if ck <= ck {
            v15 = (v11 & 1073741823) - (4 & 1073741823);
        } else {
            v15 = v11;
        }
    } else {
        let mut v16: u8 = 58;
        println!("val {} a = {ck}tmp,{},", u64::MAX, 6331237192568963478usize <= 11869872768222922301);
    }
    let mut v17 = ck >= 6 && 31u8 != 27;
    ck = mix(ck, f0(2) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0xC) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u64) -> u8 {
    if p0 == 0 {
        return (if -109i8 >= -0o14 { 25 } else { 161 }) ^ mul_u8(20, 0x0);
    }
    let mut w1 = 0x0u16;
    while w1 < 4u16 {
        w1 += 1;
        let mut w2 = 0_u8;
        let v3: i8 = loop {
            w2 += 1;
            if w2 >= 2 {
                break 32 | 9;
            }
            if 6_i16 == 92 {
                break (-1 & 7) * (-115 & 7);
            }
            let mut v4 = (0 | (8 & 4294967295usize) * (5000447526679204868 & 4294967295)) % ((((13812019955235843015 & 9223372036854775807) + (0 & 9223372036854775807) & 4294967295) * (rem_usize(1, 6) & 0b11111111111111111111111111111111) & 7) + 1);
        };
        for i5 in (isize::MAX - 6)..isize::MAX {
            let v3: bool = 0o3777777usize <= 0o140;
            let v3: i8 = -77 | 127;
        }
    }
    let mut v7: u8 = { let t6 = 74559085248955847i64 & 5; 226u8 };
    let v8 = f0(p0 - 1);
    v8
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

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}
