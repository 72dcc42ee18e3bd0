fn f1(p0: i32, p1: i32, p2: u64) -> bool {
    let v8 = -85267319;
    if false && 0b101u64 != p2 {
        return 5 < v8 << (p0 & 31);
    }
    (if 0o13425u16 <= 0xc989 || 2usize >= 7320318385023092327 { 4isize } else { 0b110 >> (p2 & 63) }) == -(-1048576 % ((-5734755140468142423 & 7) + 1) | 0o1)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: bool, p1: i8) {
    let mut w1 = 0_u32;
    loop {
        w1 += 1;
        if w1 >= 6 {
            break;
        }
        println!("d");
        print!("a|");
        let mut w2 = 0u16;
        while w2 < 6 {
            w2 += 1;
            println!("hi");
        }
    }
    if true && w1 < w1 {
        let v3: bool = false;
        let mut v4 = 0o22670556141u32 < w1 && v3;
        let v5: usize = usize::MAX;
    } else {
        for i6 in 3..6_i16 {
            let v7 = 0o1526305304476702621137u64 <= 7;
            if v7 {
                break;
            }
        }
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v9: i64 = 0x1fffffff;
    let mut w10 = 0_u16;
    let v11: u8 = loop {
        w10 += 1;
        if w10 >= 5 {
            break if true { 0x40_u8 } else { 8 };
        }
        v9 &= v9;
        for i12 in i8::MIN..=(i8::MIN + 0b101) {
            print!("b {0}, step: {w10:0o}, q: {v9} ", -(0b110i64 | 1));
        }
    };
    ck = mix(ck, ((if 0b10000000000000000000000000i32 <= i32::MAX { 0x2761269b9f99052eusize } else { 7306669593843065885 }) << ((7153i16 & 127) * (0b11000111111011 & 127) & 63)) as u64);
    f0(true, 63);
    ck = mix(ck, f1(-32768, 0b101110010010100110010101110001, 5) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}
