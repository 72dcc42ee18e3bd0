fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: i16, p1: u16) -> bool {
    if !true {
        return 0x18339E474B37EBCEu64 % ((0b1111111111111111111111111111111111111111111111111111111111111111 & 0x7) + 0x1) <= (0o4 | 0o1_000000_000_000_0_00000_0_00_u64) - (0x6_u64 & 0o777777777777777777777);
    }
    let v1: bool = 0b1000 != 2145543098;
    let v2 = neg_isize(0xFFFFFFFFFFFF / ((isize::MAX & 7isize) + 0o1));
    p1 != rem_u16(p1, p1) + div_u16(p1, 0x2C49u16)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let c3: i16 = -0x5eaf_;
    let c4 = c3 & 0x5;
    let v5 = !8 % ((sub_i32(8, -0xE1A8B04) & 0x7) + 1);
    let v6 = 9u8 > 0x50;
    ck = mix(ck, c4 as u64);
    let mut v7 = v5;
    let v8: usize = 0x31;
    ck = mix(ck, f0(0o17, 0o100000) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
