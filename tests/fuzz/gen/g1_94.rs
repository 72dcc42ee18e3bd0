fn main() {
    let mut ck: u64 = 0;
    let c15: u32 = 2153_5_2_3_3_5_9;
    let c16: u32 = c15 >> 14;
    let c17 = c15 - c16;
    let c18 = c15 + c16;
    let c19: i64 = 3;
    let c20 = c19 / c19;
    println!("y,{c19} res {}", -128i8);
    ck = mix(ck, f0(false, 0o1017777070346353575105_, true) as u64);
    println!("f0 = {}", ck);
    f1(2);
    ck = mix(ck, f2(8, 4, 1710854237, 79u64) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: bool, p1: u64, p2: bool) -> isize {
    println!("z");
    if 0u8 == 8 {
        let mut v1: u64 = mul_u64(rem_u64(p1, p1), 0u16 as u64);
    } else {
        let mut v3: usize = { let t2 = isize::MIN; (52 & 9223372036854775807) + (0 & 922_337203_68547758_0_7) };
    }
    let v5: u8 = (8 % ((203 & 7u8) + 0b1u8) & 127) + (({ let t4 = p1; u8::MIN }) & 127u8);
    let v6 = u32::MAX;
    isize::MAX
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f1(p0: u8) {
    let v7: u32;
    let mut v8 = u64::MIN | 2u64;
    v8 <<= (u16::MIN > 46408u16) as usize as i32 & 63;
    v7 = 51;
    if true | false {
        let mut v9: i32;
        if 0u8 != p0 && -0o20i8 >= 50 {
            v9 = 2 << ((109i8 & 7) * (126i8 & 7i8) & 31);
        } else if 1u8 >= p0 || false {
            v9 = !(if true { 1_47060_804_9i32 } else { 0b1 });
        } else {
            v9 = 7_;
        }
        v9 = 81 / ((2147483647 & 7) + 1);
    } else {
        println!("z: { } lo = {}", 0__u16, 69_i16 != -20663);
        let v10: usize = usize::MAX;
        let mut v11: i32 = 43;
    }
}

fn f2(p0: u8, p1: i32, p2: u32, p3: u64) -> i32 {
    if p0 == 0 {
        return p1;
    }
    for i12 in 0u32..=(p2 & 65535) * (p2 & 65535) & 1_u32 {
        let v13 = i8::MAX;
    }
    let v14 = f2(p0 - 1, 2 >> (73_i64 & 31), (p2 & 2147483647u32) + (p2 & 0b1111111111111111111111111111111u32), p3);
    (-101740224i32 & 1073741823) - (p1 & 1073741823)
}
