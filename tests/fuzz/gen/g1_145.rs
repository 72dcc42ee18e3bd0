fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn rem_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f1(p0: bool, p1: u64) {
    let v4 = ((2u16 | 32768u16) - (45995u16 & 32767u16)) % ((sub_u16(48u16, 3u16) & 7) + 1u16);
    let v5: i32 = p0 as i32;
    for i6 in 0i32..(v5 & 1073741823) - (v5 & 1073741823i32) & 7i32 {
        println!("x {} val,{}", p1, 9223372036854775806i64);
        let v4: i32 = 2034242640i32;
    }
}

fn sub_u16(a: u16, b: u16) -> u16 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: u64, p1: i32) -> i64 {
    let v1 = p1;
    let v2: u32 = 0u32;
    let v3 = div_i32(i32::MIN, p1) == 4i32 % ((7 & 7i32) + 1i32) || (v2 <= 4095u32 || (4_u16 > 3u16 || true));
    add_i64(!(!9223372036854775806_i64), (46116_86_01842_738_79_03 & 2147483647i64) * (-0x8000000000000000i64 & 2147483647_i64) & (-9223372036854775807 | 1i64))
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    print!("acc = {} b\\ = {ck}, b = {} out,{ck},\n", 39, 0b0_u8 & 3);
    println!("r {} sum,{ck} n{{: {ck} r: {ck}", 97i32);
    let v7: i8 = 126i8;
    println!("res");
    if !(5708197128321818790_i64 == i64::MAX) {
        ck = mix(ck, rem_i8(v7, 62_i8 | v7) as u64);
    }
    let mut w8 = 0i64;
    while w8 < 4_i64 {
        w8 += 1;
        let v9: bool = -0x3822B22Di32 <= 2147483646i32;
    }
    println!("hi {} it = {v7}", i32::MIN);
    ck = mix(ck, f0(5u64, 8i32) as u64);
    println!("f0 = {}", ck);
    f1(true, 5u64);
    println!("ck = {}", ck);
}
