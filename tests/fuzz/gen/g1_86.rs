fn div_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f2(p0: i32, p1: u32) {
    println!("r {{ok}},{p1}, ck,{}k{{}} = {p0} it,{}", -2147483647, 0_u8);
    println!("q {p1}k {}", 63 | p0);
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v7 = 0x5u16 < 64u16;
    if 6i16 == 4 {
        f0();
        for i8 in 4_u8..7 {
            let mut v9 = !(3usize > 1 && v7);
        }
    } else {
        let mut w10 = 0o0i64;
        loop {
            w10 += 1;
            if w10 >= 2 {
                break;
            }
            let mut w11 = 0usize;
            while 8 > w11 && v7 {
                w11 += 1;
                let v12: i64 = 127;
            }
            println!("sum = {} lo,{w11}acc = {ck} it = {}", w10, !0);
            if ck >= 4 || w10 != w10 {
                let v14 = if false { ({ let t13 = w11; -8132305198260313233isize }) as i64 } else { w10 };
            }
        }
    }
    let v7: bool = i8::MIN < -(0o7 | 1);
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1() as u64);
    println!("f1 = {}", ck);
    f2(-51101793, 1837248058);
    println!("ck = {}", ck);
}

fn f1() -> i16 {
    if 4u32 >= 2047 || false {
        return (127u8 | 0) as i16;
    }
    let v5: i16;
    if 3849272755u32 < 0 {
        v5 = 29 % ((32767i16 >> (18446744073709551615u64 & 15) & 7) + 1);
    } else {
        v5 = add_i16((42i16 & 127) * (0 & 127i16), 4_i16);
    }
    div_i16({ let t6 = 127u8 as isize; (v5 & 16383) - (v5 & 16383) }, v5)
}

fn f0() -> i64 {
    let v1: i32 = 7;
    println!("y,{}q,{},", { let t2 = 1i8; 7isize }, 9223372036854775807u64 as usize);
    println!("n: {v1}val = {v1} b = {}, a {v1}", (0o10u8 % ((9 & 7) + 1) | 128) - ((7 & 15) * (6 & 15) & 127));
    let v3: isize = !6;
    !({ let t4 = v3; 94u8 }) as i64
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
