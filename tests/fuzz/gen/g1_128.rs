fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v4: usize = 0;
    if 0o0u8 == u8::MIN && 5_i16 != -31639 && !false {
        println!("y: {ck}, val = {}", !false != (16383_i16 <= 1));
    } else if true {
        let v5 = 5 / ((u8::MIN & 7) + 0x1);
    } else {
        ck = mix(ck, ((v4 % ((3 & 7) + 1) & 4294967295) * (5i16 as usize & 4294967295)) as i64 as u64);
        let mut v6 = 1;
        if 3i16 < 74 {
            return;
        }
    }
    let v7: i32;
    if v4 <= v4 && true {
        v7 = 58;
    } else {
        v7 = if 3i8 == 0o52 { 0x4A } else { (7 & 1073741823i32) - (4 & 1073741823) };
    }
    ck = mix(ck, f0(11, 0o100, 17338254266267741924) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u32, p1: i8, p2: usize) -> usize {
    if p0 == 0 {
        return div_usize(536870912 / ((p2 & 7usize) + 1), { let t1 = 6isize; p2 });
    }
    let mut v2: i32 = sub_i32(-2098635937, -2147483647);
    let v3 = f0(p0 - 1, -(p1 | 1i8), 3);
    rem_usize(v3, (p2 | 9223372036854775808) - (v2 as usize & 9223372036854775807))
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}
