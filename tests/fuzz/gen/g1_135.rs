fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v3 = sub_isize((isize::MIN & 0x7fffffff) * (isize::MIN & 0x7FFFFFFFisize), 17isize) << (0b101001u8 & 0x3f);
    if !(0x0u8 > 0b1) {
        return;
    }
    let v4: i64;
    if 0b100000000000000_i16 == 44_i16 && 0x7i8 <= 0o2i8 {
        for i5 in 0_u64..!0b1011 & 0x1u64 {
            if false {
                return;
            }
            let v6: i64 = 0o777777777777777777777 & 77_770671_3_331827031;
        }
        let mut v7 = rem_i32(4i32, 0x0);
        ck = mix(ck, ({ let t8 = 0x8; !0x6i8 }) as u64);
    } else {
        println!("b: {}res: {ck}step = {} r,{}", ck, f0(i32::MIN, ck ^ 9), { let t9 = 2007749744896967968usize; 0o44 });
    }
    v4 = add_i64(-16, -9223372036854775808) / ((8i64 & 7) + 1i64);
    let mut w10 = 0o0u8;
    while w10 < 0x5 && (3i64 == v4 || false) {
        w10 += 1;
        ck = mix(ck, (v4 ^ ({ let t11 = 0x40i16; 0xffffffffffffff })) as u64);
    }
    ck = mix(ck, f0(-1695994064i32, 0x3) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn f0(p0: i32, p1: u64) -> usize {
    println!("it: {}it,{p0}", 0o27u32);
    let v1: isize = (-8i64 / ((3566338844080986265 & 0o7_) + 1i64)) as isize;
    let mut v2: i16 = -4096;
    let v2: isize = v1;
    ((2_usize & 0xc2883cb43298554fusize | 9223372036854775808) - ((0x3 & 0b111111111111111111111111111111111111111111111111111111111111111) + (7 & 9223372036854775807) & 0o77_7_7_77_7_7777_7777_777777usize) & 0b11_111111_1111_1_11_111111_1111111_1_11_1) * (usize::MAX & 0xffffffff)
}
