fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f0() {
    let mut v1 = (0 >= 0x1f) as usize;
    if (false || -281474976710656_i64 < 0b100_1_11_1) == !(u64::MIN <= 47) {
        let mut w2 = 0u16;
        let v3: i32 = loop {
            w2 += 1;
            if w2 >= 8u16 {
                break 4i32;
            }
            println!("it {}, d{{}} {}", (0i64 as i64 & 46_11686_0_1_8_427_387903_i64) + (-9 & 46_11686_0_18_427_38790_3), 1_u8);
            let mut w4 = 0u8;
            while w4 < 2_ {
                w4 += 1;
                print!("x {}res {w4} a = {}\n", (99_u32 | 0o20000000000) - (1173363169u32 & 21_47_4836_47u32), rem_i32(0o17777777777i32, add_i32(8i32, 2)));
            }
            v1 %= (v1 & 0o7) + 1;
        };
        let v5: u16 = (if w2 != 0u16 { w2 } else { 0b1001u16 }) << ((0o131i64 & 2147483647i64) * (68_0_420_4751_37_579_5826_ & 214_7_4_8_3647i64) & 15);
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v6 = -0o624276446446157741435isize as u32 as u64;
    if false != (0o2usize > usize::MAX) {
        return;
    }
    let v7: i16 = 0x3fff;
    let v8: i32 = 0o1_3_3i32;
    f0();
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
