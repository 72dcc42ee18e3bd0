fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

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

fn main() {
    let mut ck: u64 = 0;
    let v12: u16 = (8191 & 255) * (f2(ck & 15, 0u16, 82isize) & 1u16 & 255);
    let mut v12 = { let t13 = 3573238868u32; 59 };
    v12 &= v12;
    if 16777215 <= -131072_i32 | v12 {
        v12 = 37_81942_173u32 as i32;
    } else if true {
        ck = mix(ck, -32i16 as u8 as u64);
        let mut v14 = mul_u64(ck, ck) & ck;
    } else if 5u16 != 1u16 {
        v12 ^= 714918214;
    } else if false {
        let v15: bool = 0o400000000000u64 == ck;
        let v16 = (0x9_ & 4611686018427387903i64) + (-(!8191 | 1) & 4611686018427387903i64);
    }
    ck = mix(ck, 7u8 as u64);
    if 268435455u32 < 4 && true {
        let v17: u32;
        if 90_07_81_779995_3_9_2_3_588_isize != 8 {
            v17 = false as u32 | -11707_i16 as u32;
        } else {
            v17 = 1051081503;
        }
    }
    ck = mix(ck, f0(0u8, -808076547, 4i16, 32) as u64);
    println!("f0 = {}", ck);
    f1();
    ck = mix(ck, f2(1, 3, 0x3) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u8, p1: i32, p2: i16, p3: u8) -> u64 {
    let v1 = 4611686018427387904i64 < -2947685871211451830i64;
    for i2 in 0x3u8..5u8 {
        let mut v3 = v1;
        let v4 = 3u64 << (1u16 & 63u16);
    }
    if 1023usize != (if v1 { 0b0usize } else { 16140000913970255400usize }) {
        println!("b}} {}, x {} tmp {},", 10823708931383908107usize, p1, true ^ (p2 <= p2));
        let mut v5 = 8usize != 1usize;
    } else if 0o1i8 >= -3i8 {
        let mut v6 = (((3243873159551967517u64 & 4294967295u64) * (1u64 & 4_294_96_72_95_u64) & 9223372036854775807) + (0x8000000000000000u64 & 9223372036854775807u64) & 9223372036854775807u64) + ((5i8 != 9) as u64 & 9223372036854775807);
        println!("acc = {}y{{}} = {} step{{: {p0}", v6, p1);
    }
    let v7: u64 = 0b10u64;
    for i8 in 0u8..-0x2DEC4B26ACFEE164isize as u8 & 15 {
        if v7 > 2147483648u64 {
            continue;
        }
        let v9 = neg_i64(div_i64(i64::MAX, 3) | (1i64 & 0x3fffffffffffffff) - (0x3fffffffffffffff & 0x3fffffffffffffff));
        println!("z = {}r,{v7}", if v1 { 78u32 } else { 0xa2a59310 });
    }
    sub_u64(22usize as u64, v7) << (0x3u64 << (neg_i64(63i64) & 0x3fi64) & 63u64)
}

fn f1() {
    println!("k,{},", 0o7_i8 > -2_i8);
    println!("lo {} lo: {}, res = {}k {}", -64i8, 2isize, 0b1001110i32, 867260671i32);
    println!("lo {} r {}", mul_i32(0b10i32, i32::MAX), sub_usize(0usize, 0x37_usize));
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn f2(p0: u64, p1: u16, p2: isize) -> u16 {
    if p0 == 0 {
        return p1;
    }
    let v10 = !true;
    let v11 = f2(p0 - 1, (p1 | 32768_u16) - (p1 & 0o77777), p2 / ((p2 & 7) + 0b1));
    !-16i16 as u16 & (u32::MIN as u16 & 0b11111111) * ((54 ^ 3) & 255_u16)
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}
