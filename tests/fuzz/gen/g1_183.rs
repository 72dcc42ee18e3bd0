fn f1(p0: i32) {
    let p0 = !(5648422235679356725isize as usize);
    println!("a = {0}y,{} a {1:^4} val,{2:#o}", -72i8, p0, -(32768 | 1));
    let c9 = -9;
    let c10 = c9 - -6;
    let c11 = -11 / c9;
    let c12: i32 = c10 >> 15;
    let v13: usize = sub_usize(p0, 15952048805204475117usize);
}

fn main() {
    let mut ck: u64 = 0;
    let mut w14 = 0_u32;
    let v15: u64 = loop {
        w14 += 1;
        if w14 >= 0x1 {
            break ck / ((ck & 7) + 1);
        }
        let mut v16: u16 = 8;
    };
    f0();
    if 47316_u16 <= 0b11111111 {
        let c17: i8 = 14;
        let c18: i8 = c17 % c17;
        println!("ck {}res = {1} r é: {v15}", 4u16, add_u64(4502305127363312659, v15));
        let mut v19 = 8 == -2147483647;
    }
    println!("d\'");
    let mut w20 = 0x0u32;
    while w20 < 8 {
        w20 += 1;
        let mut v21: u64 = 9;
        v21 ^= ck;
        ck = mix(ck, (2147483646i32 >> (-29i8 & 0o37)) as u64);
    }
    let mut w22 = 0i32;
    while w22 < 5 {
        w22 += 1;
        ck = mix(ck, (w22 ^ w22) as u64);
        let v23: u8 = 7;
        println!("lo = {w14}");
        let v23: u64 = w14 as u64 ^ 0;
    }
    let v24: u8;
    println!();
    let c25: u16 = 0xb;
    let c26 = 8 * c25;
    v24 = 5;
    let v27: i64;
    let v28: i16;
    v28 = 6 / ((i16::MAX & 0o7) + 1);
    let v29;
    let mut v24 = isize::MAX;
    v29 = rem_i64(0x3B, 4) % f0();
    v27 = 9;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    f1(-9);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn f0() -> i64 {
    for i1 in 5usize..0b110 {
        let mut v2: i16 = if 3u32 < 5 { 16384 } else { 0o2 };
        let mut v3 = (isize::MIN & 0b1111111111111111111111111111111) * (-0b10010 & 2147483647);
    }
    let mut v4: u8 = 0b1_1_10_1;
    v4 |= (8u32 | 0x0) as u8;
    println!();
    let mut w5 = 0u32;
    let v6: i16 = loop {
        w5 += 1;
        if w5 >= 3 {
            break neg_i16(78i16);
        }
        let v7: u8;
        let mut v8 = w5;
        v7 = v4 >> (33554432isize & 7isize);
        println!();
    };
    (0x5 >> ((7usize | usize::MIN) & 63) & 4611686018427387903) - (neg_i64(if 0o377u16 < 4 { -5179809469804862675 } else { -16 }) & 4611686018427387903)
}

fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}
