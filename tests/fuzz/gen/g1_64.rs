fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v2 = if 1i8 != 41i8 { 1_u32 } else { 0u32 };
    println!();
    if 134217727i32 != 92i32 || false && 0x4i16 > i16::MIN {
        let v3 = (9 & 16383) + (7i16 & 0x3FFF);
        if false {
            let v4 = (-9223372036854775808i64 & 2147483647) * (7 & 21474_836_47i64) >> (19_0_u8 as i16 & 63i16) > (7i64 & 0o377777777777777777777i64) - (sub_i64(9223372036854775806, 9223372036854775807) & 4611686018427387903);
            let v5: u8 = 127;
        }
    } else if v2 == v2 {
        ck = mix(ck, neg_i8(51i8) as u64);
        if !(0o7i8 > 4i8) {
            let mut v6 = add_i64(1, 4194303i64);
        }
    } else {
        let mut w7 = 0usize;
        while w7 < 0x4_ {
            w7 += 1;
            let mut v8: i32 = -sub_i32(add_i32(2147483646, 8), 3);
            v8 >>= (5553940499378278652usize | div_usize(3__usize, usize::MIN)) & 31;
        }
        ck = mix(ck, ck as u64);
    }
    ck = mix(ck, f0(4, 1545762823, 9) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn neg_i8(a: i8) -> i8 {
    if a == i8::MIN {
        a
    } else {
        -a
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

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: u32, p1: i32, p2: usize) -> u64 {
    if p0 == 0 {
        return sub_u64(92u64, u64::MAX) >> sub_u16(33820, 3);
    }
    let p2: i64 = (i64::MIN & 4611686018427387903) + (1i64 & 4611686018427387903i64);
    let v1 = f0(p0 - 1, (p1 & 1073741823) - (p1 & 1073741823_i32), usize::MAX | usize::MIN);
    0xA514C73D753538AA_
}

fn sub_i64(a: i64, b: i64) -> i64 {
    if (b < 0 && a > i64::MAX + b) || (b > 0 && a < i64::MIN + b) {
        a
    } else {
        a - b
    }
}
