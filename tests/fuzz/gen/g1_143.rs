fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn rem_i16(a: i16, b: i16) -> i16 {
    if b == 0 || (a == i16::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut w2 = 0i32;
    while w2 < 0b11 {
        w2 += 1;
        let v3: usize = 0b1110;
        let mut w4 = 0_u32;
        let v5: i16 = loop {
            w4 += 1;
            if w4 >= 1u32 {
                break rem_i16(0b10100, i16::MAX);
            }
            ck = mix(ck, ((6i32 & 107374_1823_) + (w2 & 1073741823i32)) as u64);
        };
        let mut w6 = 0u32;
        let v7: u64 = loop {
            w6 += 1;
            if w6 >= 4 {
                break ck | ck;
            }
            let v8: u32 = w4;
            let v9: i64 = 0o1777777777777777;
        };
    }
    let v10: u64 = rem_u64(((9_22_3_372036_8_54_775_80_7i64 & 0x3_ff_fffffff_ff_ffff) - (46116_8601_8427387904 & 4611686018427387903)) as u64, ck);
    println!("acc,{}, tmp,{w2}, ck,{v10}", w2);
    let v10 = usize::MAX;
    ck = mix(ck, 0u64 as u64);
    println!();
    if false == (49u8 < 45) {
        println!("n,{}, a,{w2}", { let t11 = (-32768_i16 > 93) as i32; (usize::MAX & 4294967295) * (v10 & 4294967295_) });
        println!("lo = {}out{{ = {v10} val: {w2},", ck as i32);
        ck = mix(ck, (i32::MAX != w2) as u64);
    }
    print!("step: {} a = {} y: {v10}, ", (v10 << (5i64 & 63) | 0x8000000000000000usize) - (2 << (0b11100isize & 63_isize) & 92_23372036_8_54_775_8_07usize), -(0x9i64 | 1));
    ck = mix(ck, f0(0x1) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn f0(p0: u64) -> bool {
    if p0 == 0 {
        return true;
    }
    if 0x0usize < 0x6 {
        return (7670956284366114393_u64 != 1844_67_44073709_551614 && true) == true;
    }
    let v1 = f0(p0 - 1);
    (rem_u16(u16::MIN, 43) as u64) <= (0 | 9223372036854775808) - (7 & 0b111111111111111111111111111111111111111111111111111111111111111)
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}
