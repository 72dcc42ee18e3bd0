fn sub_u64(a: u64, b: u64) -> u64 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: i32, p1: isize, p2: usize) -> isize {
    let v1: i64 = 0x0;
    println!("acc = {0} ck,{0}, z {}", !0o7_u16);
    p1
}

fn main() {
    let mut ck: u64 = 0;
    {
        let mut ck: i16 = 0o2i16;
    }
    println!("ck = {ck}");
    let v2: usize = 3740827250287011149;
    let v3: i32 = if true { 4 } else { rem_i32(2, i32::MIN) };
    let mut w4 = 0o0usize;
    loop {
        w4 += 1;
        if w4 >= 6_usize {
            break;
        }
        let v3: isize = 8;
        let v6: u64 = 0x3ec10219cd43edc7 << (i32::MIN & 63) ^ ({ let t5 = 0b11111i16; ck }) & sub_u64(4096, ck);
        if false {
            let mut v3: usize = div_usize(w4, w4);
            if 0xfeu8 >= 1_0 {
                break;
            }
            let mut v7: i32 = !(0o1_0i16 <= -0x5_ && false) as i32;
        } else {
            let v8 = ((0b1_01100u8 & 0xf) * (0o10 & 0o17)) as u8 / (((0b10000000u8 & 0b1111111) + (78 & 0x7_f) | 0o200u8) - (add_u8(0x49, 0x5) & 0x7F));
            print!("ck\n");
        }
    }
    ck = mix(ck, rem_i32(v3, v3) as u64);
    ck = mix(ck, neg_i32(v3) as u64);
    ck = mix(ck, f0(1712773255, 48, 1) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn neg_i32(a: i32) -> i32 {
    if a == i32::MIN {
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
