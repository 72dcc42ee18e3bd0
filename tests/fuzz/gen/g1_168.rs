fn f0(p0: i16, p1: u32) {
    let c1: u32 = 4;
    let c2: u32 = c1 % c1;
    let c3 = c2 & c2;
    let mut v4: u8 = 0x1;
    let c5 = 13i16;
    let c6: i16 = !c5;
    let c7: i16 = c5 << 10_u8;
    v4 = v4;
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
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

fn main() {
    let mut ck: u64 = 0;
    let mut v8: u32 = 7;
    println!("res = {ck}sum,{},", 45_i32 + add_i32(-1291423181i32, 0));
    let mut w9 = 0i32;
    while w9 < 5 {
        w9 += 1;
        if !(w9 < 2) {
            break;
        }
        let mut v8: u64 = ck;
        println!("res = {w9} hi = {}step {}", 22isize, !65535u16 as i64);
    }
    let mut v10: i32 = rem_i32(0x7ffffffi32, w9) % ((w9 & 7) + 1);
    v10 &= 6_u8 as i32;
    if 0x40i8 >= 4i8 && v8 > u32::MAX {
        ck = mix(ck, ck as u64);
        let v11: i32 = (if 17934_i16 == 70 { -1294101_0_7_5i32 } else { w9 }) % ((rem_i32(sub_i32(0o63403_1404_5, 1), v8 as i32) & 7_i32) + 1i32);
    } else {
        println!("r: {0}, sum {w9}", 16u8);
    }
    f0(-8i16, 0o0);
    println!("ck = {}", ck);
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}
