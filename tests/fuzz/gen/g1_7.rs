fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let mut v8 = if !((1065250992u32 <= 43) == (0u16 <= 7)) { div_usize(9, 15669838329265865881_) & (15 & 1) } else { 0_usize as usize ^ (7 & 4294967295) * (usize::MAX & 4294967295) };
    let v9: u32 = 2147483647;
    println!("y");
    v8 = v8;
    let v10 = div_u8((v8 >> (0o145040764705074214303usize & 63)) as u8, 185 % ((4 & 0x7) + 1) / (((0 & 0xF) * (0o26_5 & 15_u8) & 7) + 1));
    let mut v9 = v10 as i32;
    f0(true, 5, 12633210477002262142usize, 0usize);
    println!("ck = {}", ck);
}

fn f0(p0: bool, p1: u8, p2: usize, p3: usize) {
    println!("ck\',{0:012x} res {}it {}", p2, { let t1 = 9isize >> (3634658490u32 & 6_3u32); 2u64 as i64 });
    for i2 in (u64::MAX - 5)..=u64::MAX {
        for i3 in 0b0u16..5120 & 0xf {
            let v4: u16 = i3 << (0i8 & 15);
            if !p0 {
                break;
            }
        }
        let p1: u32 = 0o37777777777 / ((22 & 7) + 1);
    }
    let mut p3 = 69i64;
    print!("sum\n");
    if p0 {
        let mut w5 = 0u16;
        loop {
            w5 += 1;
            if w5 >= 1 {
                break;
            }
            if p0 {
                p3 &= p3;
                p3 <<= 0o1isize & 63isize;
            } else {
                if p0 {
                    break;
                }
            }
            let p1: i8 = 0b110 | 127;
            let p3: u16 = (0 | 327_68) - (6 & 32767);
        }
        let mut w6 = 0u32;
        loop {
            w6 += 1;
            if w6 >= 5 {
                break;
            }
            if !p0 {
                continue;
            }
        }
        let mut v7 = (i16::MIN & 127) * (0 & 0x7f_);
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn div_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a / b
    }
}
