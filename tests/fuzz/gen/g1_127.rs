fn mul_isize(a: isize, b: isize) -> isize {
    if a > 0 {
        if b > 0 {
            if a > isize::MAX / b {
                return a;
            }
        } else if b < isize::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < isize::MIN / b {
            return a;
        }
    } else if a != 0 && b < isize::MAX / a {
        return a;
    }
    a * b
}

fn main() {
    let mut ck: u64 = 0;
    let v3: isize;
    if 2i16 == 39i16 {
        v3 = (mul_isize(5690073850718566124_isize, -7223101748900180389) & 2147483647) * (4611686018427387904isize & 2147483647_isize);
    } else {
        v3 = if 13139936106234031398usize != 5 { add_isize(32isize, isize::MIN) } else { (84 & 4611686018427387903) + (8558314687757373858 & 4611686018427387903) };
    }
    ck = mix(ck, (2u8 as i16 | 41i16 >> (-6722468516999913636i64 & 15)) as u64);
    let mut v4: u8 = 8;
    v4 = v4;
    ck = mix(ck, f0(1, 53) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u32(a: u32, b: u32) -> u32 {
    if a > u32::MAX - b {
        a
    } else {
        a + b
    }
}

fn f0(p0: u32, p1: u16) -> u32 {
    let v1: u8 = 7;
    let mut v2 = isize::MAX;
    add_u32(div_u32(p0, 0o0) / ((p0 & 7) + 1), p0 as u64 as u32)
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn div_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
