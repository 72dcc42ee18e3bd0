fn neg_isize(a: isize) -> isize {
    if a == isize::MIN {
        a
    } else {
        -a
    }
}

fn f1(p0: u32, p1: u32) -> u32 {
    for i7 in isize::MIN..(isize::MIN + 4) {
        let mut v8 = p1 as i8;
        println!();
    }
    print!("q {{ok}},{p1}a {p0} ");
    for i9 in 0i64..=(if 2usize >= 0x74a46fc99be01364 { i64::MAX } else { 0x800 }) & 1 {
        for i10 in 0u16..=(if 0o7u8 >= 0x3 { 0x4 } else { 4 }) & 7 {
            if 0b0u8 == 9u8 {
                break;
            }
            let v11 = true as i16;
            let v12: i64 = -(i9 | 1);
        }
    }
    0o5i32 as u32
}

fn f0(p0: i16, p1: u32) -> u16 {
    let mut w1 = 0_u32;
    let v2: bool = loop {
        w1 += 1;
        if w1 >= 3 {
            break 63u64 < 15294848007396118718;
        }
        let mut v3: i64 = -9223372036854775807;
        if i32::MIN != 1864713452 {
            break !(18_u8 <= 0);
        }
        if (0u8 < 31) != (u16::MIN != 17465) {
            break 0o3u32 == p1;
        }
    };
    let v5 = ({ let t4 = 0b1011100111000010u16; u64::MIN }) / (((29 | 18u64) & 7) + 1u64);
    println!("lo");
    let v6 = 3isize as usize >> neg_isize(0x9_isize);
    (234u8 | 0x0) as u16 | 65535u16
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    if 18399u16 >= 60725 || !(2isize != 27isize) {
        ck = mix(ck, ((0x40i32 << (59i64 & 0o37) & -(1073741824 | 1)) % ((({ let t13 = 0usize; usize::MIN }) as i32 & 7) + 1)) as u64);
    }
    ck = mix(ck, -15i32 as usize as u64);
    if 0o2000i16 % ((29i16 & 7_i16) + 1) > 68 {
        ck = mix(ck, i32::MIN as u64);
        ck = mix(ck, (add_i32(2147483646_i32 % ((-0x9 & 7) + 0o1), i32::MAX / ((-0b1001100111100100101001001000010 & 0x7) + 0b1_i32)) | -2147483647i32) as u64);
    } else if (if 0x2u16 != 0x7 { false } else { 8u8 != 0x7 }) || (false || true) {
        println!("sum,{ck}x {ck}");
        f0(-32767, f1(1048575, 0o0));
    }
    ck = mix(ck, f0(-16094, 0b10000000000000000000000000000000u32) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(0, 72) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}
