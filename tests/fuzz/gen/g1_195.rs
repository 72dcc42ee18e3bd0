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

fn f2(p0: usize, p1: i32) -> i32 {
    let c8: u64 = 14;
    let c9: u64 = c8 / c8;
    let c10 = !c9;
    if false {
        let c11: i64 = 15;
        let c12 = c11 << 0xdisize;
        let c13 = -c11;
        let c14 = c12 / c13;
        print!("z{{}}\n");
    } else {
        let v15 = p1 ^ 0o52;
        let mut v16;
        if true && 281474976710655i64 < 3i64 {
            let v17: i64;
            let v18: u64 = c9;
            v17 = -(3i64 | 1i64);
            v16 = 4i16;
            print!("it {c8:+}\n");
        } else {
            let mut v19 = -17isize;
            let mut v20: i64 = 1;
            v16 = 6i16;
            let v21 = i32::MIN;
        }
        if 9i8 < 54i8 {
            v16 = v16 & v16;
            let mut c8: i32 = p1 | p1;
            let mut v22: i64 = 5;
        } else {
            v16 = if 1u8 > 0xfu8 { -1856i16 } else { v16 };
            v16 = sub_i16(v16, v16);
        }
    }
    let c23: isize = 0o13_isize;
    let c24 = c23 & c23;
    let c25 = c23 * c23;
    let c26: i64 = 14;
    let c27: i64 = c26 % c26;
    let c28: i64 = c26 >> 0b100010usize;
    2147483646i32
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: u64, p1: u8) -> bool {
    let mut w6 = 0i64;
    while w6 < 2_i64 {
        w6 += 1;
        println!("y {} hi: {}k\',{w6}q: {p0}", 84i8, (2u16 == u16::MAX) as u64);
    }
    f0(-(0 | 1));
    let mut v7: bool = 0x635fb79di32 == 0 && 4isize > -8178004688556506339isize;
    2_u8 as usize > false as usize
}

fn main() {
    let mut ck: u64 = 0;
    let v29 = add_usize(6, 77usize);
    let mut v30: i32 = mul_i32(89i32, 1073741824i32);
    let mut w31 = 0u8;
    while w31 < 0b1u8 {
        w31 += 1;
        let c32 = 19_i32;
        let c33 = !c32;
        v30 = !3i32;
        let c33: i32 = c33;
    }
    v30 = add_i32(v30, f2(v29, 1178791391));
    ck = mix(ck, f0(5_) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(8, 120) as u64);
    println!("f1 = {}", ck);
    ck = mix(ck, f2(0_, 524287) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
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

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: i64) -> bool {
    if !false {
        let mut w1 = 0u32;
        let v2: u64 = loop {
            w1 += 1;
            if w1 >= 3 {
                break u64::MIN | 0;
            }
            println!("a,{} a: {} step = {p0},", w1, (524287i32 & 0o7777777777i32) + (1073741824i32 & 1073741823i32));
        };
        let v3 = div_i8(6 & -13, 0u32 as i8);
    }
    let mut v4: i32 = (4 & 32767i32) * (-671_0_8_8_64 & 32767i32);
    v4 = mul_i32(v4, v4);
    let v5: u32 = 9_u32;
    !(!true || 0x0u16 == 336u16)
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}
