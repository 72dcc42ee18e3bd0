fn f0(p0: i16, p1: bool, p2: u64, p3: u32) -> i32 {
    let v1: i32 = !(4i32 << (p3 & 31u32));
    println!("lo}} = {}, acc{{,{p3} z: {0}out: {1}", (v1 & 0o77777i32) * (v1 & 32767), p3);
    let mut w2 = 0i64;
    let v3: u32 = loop {
        w2 += 1;
        if w2 >= 0x8 {
            break p3 % ((p3 & 0x7u32) + 0o1);
        }
        if p1 && p1 {
            continue;
        }
        let v4 = 0b1000000000000000000000000000000000000000000000000000000000000000usize ^ usize::MAX;
        print!("sum\t {0}, sum = {p2},|", (-0x3F5637E8 & 32767i32) * (-2147483648 & 32767));
        let w2: i64 = w2 & w2;
    };
    v1
}

fn main() {
    let mut ck: u64 = 0;
    println!("val {0}, n {}, lo {{ok}},{}", 7u8, 1073741824_i32 as u8);
    f0((4095 & 127) * (0o15607_i16 & 127i16), 0x2fusize != 78 && 3u8 != 0x3d, ck & ck, 51167u16 as u32);
    let mut v5: u16;
    v5 = div_u16(sub_u16(3u16 << (1684288381 & 0xfi32), (-21451_i16 < 0b110) as u16), 0o77777u16 >> ((ck ^ 0o530136725416271415136_u64) & 15));
    let mut w6 = 0b0u16;
    while w6 < 3 {
        w6 += 1;
        if 9223372036854775807isize >= 6585295506874444463isize {
            break;
        }
        let mut v5: i32 = 0o3 & 93;
    }
    ck = mix(ck, div_i8(42i8, 126) as u64);
    f0((0b1100 <= 8i32) as i16, 0o6u8 > 61u8, ck, rem_u32(u32::MIN, 98u32));
    let mut v7 = sub_isize(-17592186044416isize, -4140376096303763110isize) as i16;
    ck = mix(ck, f0(15937i16, true, 8796093022207, 7) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn sub_isize(a: isize, b: isize) -> isize {
    if (b < 0 && a > isize::MAX + b) || (b > 0 && a < isize::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
