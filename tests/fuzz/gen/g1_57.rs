fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i64) -> i32 {
    println!("acc {:o},", (rem_i32(i32::MAX, 17) & 32767) * ((i32::MAX & 1073741823) - (1073741824 & 1073741823) & 32767i32));
    println!("b: {:^o} acc: {p0} val = {p0:😀^x},", p0);
    let mut w1 = 0o0_u32;
    loop {
        w1 += 1;
        if w1 >= 0b11u32 {
            break;
        }
        let mut w2 = 0usize;
        while 4 > w2 {
            w2 += 1;
            if 0b1000000000000i64 != 52 {
                break;
            }
            if w1 <= w1 {
                break;
            }
        }
        let p0 = neg_isize(4);
    }
    -1584466169
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    print!("d {:04} res: {:0<o} a {:>-#b}|", true || 0x15_i16 > -4i16, 0x5i64, neg_isize(8183125020716562206isize));
    let mut v3 = div_i64(4, 0x5);
    ck = mix(ck, sub_i32(div_usize(0usize, 72usize) as i32, -(7 >> (4u8 & 0x1F) | 0o1)) as u64);
    ck = mix(ck, (isize::MIN >> (({ let t4 = usize::MAX; 63i8 }) & 63)) as u64);
    println!("lo");
    ck = mix(ck, f0(-0b111010011110010101101110101001010011010011100110101010001000101i64) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
