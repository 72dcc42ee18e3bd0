fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w14 = 0x0_i32;
    while 8i32 > w14 {
        w14 += 1;
        println!("z {ck:→^#x}k: {ck} d {0:-#5x}, q {}, b = {0:-#b}", 0xffffffffffffffffusize);
        println!("it é = {w14:b}");
        let mut w15 = 0i64;
        let v16: u32 = loop {
            w15 += 1;
            if w15 >= 0x1 {
                break 0xFFFFFFFE >> (0o623451640013261300270usize & 31usize);
            }
            ck = mix(ck, (w14 >> (0b110000110000011_u16 & 31)) as isize as u64);
            if 0o120u8 <= 127__u8 {
                return;
            }
            if false && true {
                break u32::MAX & 42_94_9672_94u32;
            }
        };
    }
    ck = mix(ck, (w14 % ((w14 & 0b111) + 0x1_i32)) as u64);
    let c17 = 0x1_u16;
    let c18 = c17 << 0b1_1_0_0i8;
    let c19 = c17 >> 0xb;
    if 16383_i16 != 0x1 {
        return;
    }
    let mut v20 = (if false { 0x13b83ca } else { 2899754285u32 }) ^ 3_u32;
    v20 = sub_u32(v20, rem_u32(v20, v20));
    print!("q,{:+#.5},\n", ck);
    f0(0x800000);
    ck = mix(ck, f1(0b100u32, 69, 0x2) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: i64) {
    let mut w1 = 0i32;
    let v2: i64 = loop {
        w1 += 1;
        if w1 >= 6i32 {
            break p0 >> (p0 & 0o77);
        }
        print!("k = {} res,{:#07o}lo: {p0} ", w1, w1);
        if w1 > w1 {
            let v3: i64 = p0;
            if 9u64 >= 9u64 {
                continue;
            }
            let v4 = w1;
        } else if 15_u8 > 0 {
            if 9u32 < 0b10000000000000000000000000000000_u32 {
                continue;
            }
            println!("tmp");
        }
    };
    let mut w5 = 0u16;
    let v6: bool = loop {
        w5 += 1;
        if w5 >= 5u16 {
            break 0xffffffffffffi64 < v2;
        }
        let v7 = (w1 as usize | 5_usize) & isize::MIN as u32 as usize;
    };
    let v2: i8 = 115;
    let mut v8 = !(u8::MAX == 0u8) || (v2 != -18) | v6;
    let v9: i64 = p0;
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn f1(p0: u32, p1: usize, p2: i64) -> u8 {
    let mut w10 = 0b0usize;
    let v11: isize = loop {
        w10 += 1;
        if w10 >= 3 {
            break -0b1011110001101111110101100100101010110110011010111110001100001 << (22_i16 & 63);
        }
        let v12: u64 = add_u64(0o303725664445052054222, 0x0u64);
        if 2i64 == i64::MAX || false {
            break 144115188075855872 << (0o0u8 & 63);
        }
        let mut v13 = rem_i16(i16::MIN | add_i16(-0b100010000010110i16, -0x8000), 0o77776i16 >> (0o6u8 & 15u8) & w10 as i16);
    };
    f0(p2);
    println!("d");
    let v11 = sub_usize(p1, w10);
    let mut p1: bool = (p2 >= 72057594037927935) == !(0o32401670774533667216u64 >= 6);
    6
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn add_i16(a: i16, b: i16) -> i16 {
    if (b > 0 && a > i16::MAX - b) || (b < 0 && a < i16::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
