fn sub_i16(a: i16, b: i16) -> i16 {
    if (b < 0 && a > i16::MAX + b) || (b > 0 && a < i16::MIN + b) {
        a
    } else {
        a - b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u8) -> u8 {
    if p0 == 0 {
        return p0;
    }
    let mut v1 = (0x0u64 >= 0x1u64 << (0u64 & 63_)) as u8;
    let v2: i8 = 0b110i8;
    for i3 in (isize::MAX - 0x2)..isize::MAX {
        let mut v4 = i3;
        let v5 = rem_u32(1u32, 46u32);
        let v6: i64 = 0b1000101;
    }
    let v7 = f0(p0 - 1);
    v1
}

fn f1(p0: u8, p1: i32) -> isize {
    let mut v8 = 79 >> (9i8 & 0b1_1111i8);
    let p0 = 0x3_usize << (p0 & 63);
    if 2isize > 0xfffffffffff_fisize {
        {
            let v9 = rem_u64((0 & 0b11111111111111111111111111111111) * (18446744073709551615u64 & 0xffffffff), 0b1000000000000000000000000000000000000000000000000000000000000000u64);
            f0(0x60 % ((9u8 & 0x7_u8) + 0o1) & 0b1111u8);
            let p0: u8 = u8::MAX;
        }
        v8 = p1;
    }
    let mut v10 = add_u64(p1 as u64 % ((mul_u64(5351502083017762587_u64, 0b11u64) & 0x7u64) + 0x1u64), sub_i16(7, 0x7FFF) as u64);
    if 0o4i16 <= -0o61316i16 {
        v10 ^= 3_7_41949_88_6u32 as u64;
        if p0 == p0 {
            v8 = add_i32(v8, p1);
        } else if true {
            let mut v11: i64 = 0x9i64;
        }
    } else {
        println!("ck");
        v10 = mul_u64(v10, 0o1504301136171711471555u64);
    }
    neg_isize((0x7isize & 0o17777777777) * (0x4eisize & 0o17777777777) + add_isize(0x3, isize::MAX))
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v12 = 21474836_46 & add_i32(0x2ci32, 0o17777777776);
    let mut v13: bool = 0x7u16 != (0o136u32 >> (4i8 & 0x1Fi8)) as u16;
    println!("b,{v12:><6o}");
    ck = mix(ck, f0(0o4_u8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0b11000111, 0o1000i32) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}
